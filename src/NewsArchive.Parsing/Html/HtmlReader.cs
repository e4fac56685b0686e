using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Input;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Html;

/// <summary>
/// Reads an HTML page into the same <see cref="SourceDocument"/> the text reader makes: the body's
/// paragraphs as blocks, under the headline (and the kicker and teaser where the page marks them), plus
/// the <see cref="PageMetadata"/> the page states. Each metadata value is taken from the best evidence
/// present, in this order: JSON-LD, then meta tags (OpenGraph and <c>article:*</c>, Dublin Core,
/// parsely, sailthru, ...), then the visible page (<c>&lt;h1&gt;</c>, byline and <c>&lt;time&gt;</c>
/// elements), then the URL. Dates weigh their evidence in their own documented order (<see cref="PageDates"/>).
/// </summary>
internal static class HtmlReader
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false });

    public static SourceDocument Read(string html)
    {
        using var document = Parser.ParseDocument(html);
        var meta = new MetaTags(document);
        var jsonLd = JsonLd.Read(document);
        var url = PageUrl.Find(document, meta, jsonLd);
        var publisher = PageHeader.Publisher(meta, jsonLd, url);
        var headline = PageHeader.Headline(document, meta, jsonLd, publisher?.Value);
        var authors = PageHeader.Authors(meta, jsonLd, publisher?.Value);
        var bylineNames = PageHeader.BylineNames(document);
        var headerLines = PageHeader.HeaderLines(document);
        var language = PageHeader.Language(document, meta);
        var (published, modified) = PageDates.Find(document, meta, jsonLd, headline?.Value, url?.Value, SiteZone(publisher?.Value, url?.Value, language?.Value));
        var content = MainContent.Extract(document);
        var teaser = PageHeader.Teaser(document, content);
        var kicker = PageHeader.Kicker(document, headline?.Value);
        if (kicker is not null && headline is not null) headline = PageHeader.WithoutKicker(headline, kicker.Value);

        var blocks = new List<Block>();
        if (kicker is not null) blocks.Add(new Block(kicker.Value, BlockKind.Kicker));
        if (headline is not null) blocks.Add(new Block(headline.Value, BlockKind.Headline));
        if (teaser is not null) blocks.Add(new Block(teaser.Value, BlockKind.Teaser));
        blocks.AddRange(headerLines.Select(line => new Block(line) { IsPageHeader = true }));
        foreach (var paragraph in content.Paragraphs)
            if (paragraph != teaser?.Value && paragraph != headline?.Value && !headerLines.Contains(paragraph)) blocks.Add(new Block(paragraph));

        var metadata = new PageMetadata(headline, kicker, teaser, authors, publisher, published, modified, url, language, content.Images, bylineNames);
        return new SourceDocument("html", blocks, metadata);
    }

    /// <summary>
    /// The zone the site's readers live in, as far as the page tells: a known outlet, else its address's country
    /// (<see cref="SiteZones"/>), else its language's home zone. Used only to tell which day a UTC instant falls on.
    /// </summary>
    private static string? SiteZone(string? publisher, string? url, string? language) =>
        SiteZones.OfSite(publisher, PageUrl.Host(url)) ?? LanguageTables.Find(language)?.HomeZone;

    /// <summary>Collapsed text of an attribute or element, or null when empty.</summary>
    internal static string? Clean(string? text) =>
        text is null ? null : TextNormalizer.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(text)) is { Length: > 0 } t ? t : null;
}
