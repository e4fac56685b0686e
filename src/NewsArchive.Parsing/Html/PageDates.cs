using AngleSharp.Dom;
using NewsArchive.Parsing.Dates;

namespace NewsArchive.Parsing.Html;

/// <summary>
/// When a page says its article was published and last modified. Evidence in this order: JSON-LD
/// (<c>datePublished</c>, <c>dateModified</c>); meta tags (OpenGraph <c>article:*</c>, Dublin Core,
/// parsely, sailthru and the common names); <c>&lt;time datetime&gt;</c> marked as the publication date.
/// Each value keeps the offset the page states; a value without one is placed by the caller.
/// </summary>
internal static class PageDates
{
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:article:published_time", "datepublished", "parsely-pub-date", "sailthru.date", "dc.date.issued",
        "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "pubdate", "publishdate", "publish-date",
        "publish_date", "date", "article.published", "article_date_original", "cxenseparse:recs:publishtime", "og:published_time",
    ];

    private static readonly string[] ModifiedKeys =
    [
        "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified",
        "last-modified", "lastmod", "article.updated",
    ];

    public static (Evidence<DateMention>? Published, Evidence<DateMention>? Modified) Find(IDocument document, MetaTags meta, JsonLdArticle? jsonLd)
    {
        var published = FromJsonLd(jsonLd?.DatePublished) ?? FromMeta(meta, PublishedKeys) ?? FromTimeElement(document);
        var modified = FromJsonLd(jsonLd?.DateModified) ?? FromMeta(meta, ModifiedKeys);
        return (published, modified);
    }

    private static Evidence<DateMention>? FromJsonLd(string? value) =>
        IsoDate.Parse(value) is { } date ? new(date, "jsonld") : null;

    private static Evidence<DateMention>? FromMeta(MetaTags meta, string[] keys)
    {
        foreach (var key in keys)
            foreach (var value in meta.All(key))
                if (IsoDate.Parse(value) is { } date) return new(date, "meta:" + key);
        return null;
    }

    private static Evidence<DateMention>? FromTimeElement(IDocument document)
    {
        foreach (var time in document.QuerySelectorAll("time[datetime]"))
            if ((time.HasAttribute("pubdate") || time.GetAttribute("itemprop") == "datePublished") && IsoDate.Parse(time.GetAttribute("datetime")) is { } date)
                return new(date, "dom");
        return null;
    }
}
