using AngleSharp.Dom;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Parsing.Html;

/// <summary>The article body a page holds: paragraphs in reading order, and the pictures among them.</summary>
internal sealed record PageContent(IReadOnlyList<string> Paragraphs, IReadOnlyList<ArticleImage> Images);

/// <summary>
/// Finds the article body of a page: the element whose paragraphs hold the most prose (text length,
/// commas, few links), then its paragraphs, subheadings, quotations and list items in reading order.
/// </summary>
internal static class MainContent
{
    private static readonly HashSet<string> TextBlocks = new(StringComparer.OrdinalIgnoreCase) { "p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre" };

    public static PageContent Extract(IDocument document)
    {
        var body = document.Body;
        if (body is null) return new PageContent([], []);
        var scores = new Dictionary<IElement, double>();
        foreach (var p in body.QuerySelectorAll("p"))
        {
            var text = DomText.Of(p);
            if (text.Length < 25) continue;
            var score = 1 + text.Count(c => c == ',') + Math.Min(text.Length / 100, 3);
            if (p.ParentElement is { } parent) scores[parent] = scores.GetValueOrDefault(parent) + score;
            if (p.ParentElement?.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + score / 2.0;
        }
        if (scores.Count == 0) return new PageContent([], []);
        var best = scores.MaxBy(kv => kv.Value * (1 - LinkDensity(kv.Key))).Key;

        var paragraphs = new List<string>();
        var images = new List<ArticleImage>();
        foreach (var e in best.Descendants<IElement>())
        {
            if (e.LocalName == "figure") images.Add(Figure(e));
            if (!TextBlocks.Contains(e.LocalName) || e.Ancestors<IElement>().Any(a => TextBlocks.Contains(a.LocalName) || a.LocalName == "figure")) continue;
            var text = DomText.Of(e);
            if (text.Length > 0) paragraphs.Add(text);
        }
        return new PageContent(paragraphs, images);
    }

    private static ArticleImage Figure(IElement figure)
    {
        var caption = figure.QuerySelector("figcaption") is { } c ? DomText.Of(c) : null;
        var src = figure.QuerySelector("img")?.GetAttribute("src");
        return new ArticleImage(string.IsNullOrEmpty(caption) ? null : caption, null, string.IsNullOrEmpty(src) ? null : src);
    }

    private static double LinkDensity(IElement element)
    {
        var all = DomText.Of(element).Length;
        if (all == 0) return 1;
        var links = element.QuerySelectorAll("a").Sum(a => DomText.Of(a).Length);
        return Math.Min(1, links / (double)all);
    }
}
