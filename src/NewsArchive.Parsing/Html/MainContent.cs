using AngleSharp.Dom;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Parsing.Html;

/// <summary>The article body a page holds: paragraphs in reading order, and the pictures among them.</summary>
internal sealed record PageContent(IReadOnlyList<string> Paragraphs, IReadOnlyList<ArticleImage> Images);

/// <summary>
/// Finds the article body of a page as readability does: chrome removed by tag, role and class
/// (<see cref="Boilerplate"/>), every container scored by the prose it holds (<see cref="ContainerScores"/>),
/// the best one taken (or its parent, where the parent scores higher still), then those of its siblings
/// that score near it or are prose themselves (an article split over sibling blocks); their text is read
/// in order by <see cref="BodyBlocks"/>.
/// </summary>
internal static class MainContent
{
    public static PageContent Extract(IDocument document)
    {
        if (document.Body is not { } body) return new PageContent([], []);
        var stats = DomStats.Measure(body);
        var scores = ContainerScores.Compute(stats);
        var top = Top(stats, scores);
        if (top < 0) return new PageContent([], []);
        var roots = WithSiblings(stats, scores, top);
        return new PageContent(BodyBlocks.Read(stats, roots), Pictures(stats, top, roots));
    }

    /// <summary>
    /// The figures of the article in page order: those in the body's containers and, where the page marks
    /// the article (<c>&lt;article&gt;</c>, <c>&lt;main&gt;</c>), those beside the body in it, such as the
    /// lead picture between the headline and the text. Figures in chrome or inside a link (teaser cards) are
    /// other stories' pictures.
    /// </summary>
    private static List<ArticleImage> Pictures(DomStats stats, int top, List<int> roots)
    {
        var scopes = new HashSet<int>(roots);
        for (var (at, level) = (top, 0); at > 0 && level < MaxArticleLevels; at = stats.Parent(at), level++)
            if (stats.Elements[at].LocalName is "article" or "main") { scopes.Add(at); break; }
        var pictures = new List<ArticleImage>();
        for (var i = 0; i < stats.Elements.Count; i++)
        {
            if (stats.Elements[i].LocalName != "figure" || stats.Removed[i] || !InScope(stats, i, scopes)) continue;
            if (BodyBlocks.Figure(stats.Elements[i]) is { } picture) pictures.Add(picture);
        }
        return pictures;
    }

    /// <summary>How far above the top container the article's own element is looked for.</summary>
    private const int MaxArticleLevels = 8;

    private static bool InScope(DomStats stats, int i, HashSet<int> scopes)
    {
        for (var at = stats.Parent(i); at >= 0; at = stats.Parent(at))
        {
            if (stats.Elements[at].LocalName == "a") return false;
            if (scopes.Contains(at)) return true;
        }
        return false;
    }

    /// <summary>The best scored container, moved up to an ancestor that scores higher still (readability's walk up).</summary>
    private static int Top(DomStats stats, ContainerScores scores)
    {
        int top = -1;
        for (var i = 0; i < stats.Elements.Count; i++)
            if (scores.IsScored(i) && !stats.Removed[i] && (top < 0 || scores.Of(i) > scores.Of(top))) top = i;
        if (top < 0) return -1;
        var last = scores.Of(top);
        var threshold = last / 3;
        for (var parent = stats.Parent(top); parent > 0; parent = stats.Parent(parent))
        {
            if (!scores.IsScored(parent)) continue;
            var score = scores.Of(parent);
            if (score < threshold) break;
            if (score > last) { top = parent; break; }
            last = score;
        }
        // A lone child says nothing its parent does not.
        while (stats.Parent(top) > 0 && OnlyChild(stats, top)) top = stats.Parent(top);
        return top;
    }

    private static bool OnlyChild(DomStats stats, int i)
    {
        var e = stats.Elements[i];
        return e.ParentElement is { } parent && parent.ChildElementCount == 1;
    }

    /// <summary>
    /// The top container with those siblings that belong to the article: a score of a fifth of the top's
    /// (more easily when they share its class), or a paragraph of prose with few links. An article cut
    /// into sections a few levels apart (<c>section &gt; div &gt; div &gt; p</c>, a figure, the next
    /// section) is gathered from the siblings of the top's ancestors too, where they hold a container
    /// scoring at least half the best one below the top (teaser cards with one line each do not).
    /// </summary>
    private static List<int> WithSiblings(DomStats stats, ContainerScores scores, int top)
    {
        var roots = new List<int>();
        var topScore = scores.Of(top);
        var best = scores.BestBelow();
        var topClass = stats.Elements[top].GetAttribute("class");
        roots.Add(top);
        var node = top;
        for (var level = 0; level < GatherLevels; level++, node = stats.Parent(node))
        {
            var parent = stats.Parent(node);
            if (parent < 0) break;
            var threshold = Math.Max(10, topScore * 0.2);
            foreach (var child in stats.Elements[parent].ChildNodes)
            {
                if (child is not IElement sibling) continue;
                var i = stats.IndexOf(sibling);
                if (i < 0 || i == node || stats.Removed[i]) continue;
                if (best[i] >= Math.Max(10, best[top] * 0.5)) { roots.Add(i); continue; }
                if (level > 0) continue;
                var bonus = !string.IsNullOrEmpty(topClass) && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
                if (scores.IsScored(i) && scores.Of(i) + bonus >= threshold) { roots.Add(i); continue; }
                if (stats.OwnProse[i] == 0 || stats.HasBlock[i] && sibling.LocalName != "p") continue;
                var density = stats.LinkDensity(i);
                var length = stats.Text[i];
                if (length > 80 && density < 0.25 || length <= 80 && density == 0 && sibling.TextContent.TrimEnd().EndsWith('.')) roots.Add(i);
            }
        }
        // Pre-order indexes are document order.
        roots.Sort();
        return roots;
    }

    private const int GatherLevels = 4;
}
