using AngleSharp.Dom;
using NewsArchive.Parsing.Dates;

namespace NewsArchive.Parsing.Html;

/// <summary>
/// When a page says its article was published and last modified, from general evidence only (after htmldate).
/// Publication, in the order believed:
/// <list type="number">
/// <item>JSON-LD article <c>datePublished</c> (<c>dateCreated</c> where it has none): <c>jsonld</c>;</item>
/// <item>article-specific meta keys (<see cref="DateMetaKeys.Published"/>): <c>meta:&lt;key&gt;</c>;</item>
/// <item>dates the markup marks (<c>itemprop=datePublished</c>, <c>&lt;time pubdate&gt;</c>): <c>dom</c>;</item>
/// <item>the day in the canonical URL's path: <c>url</c>;</item>
/// <item>a date line shown near the headline (<see cref="VisibleDates"/>): <c>text</c>;</item>
/// <item>generic meta keys (<c>date</c>, <c>dc.date</c>), which some CMSs fill with the render time: <c>meta:&lt;key&gt;</c>;</item>
/// <item>the JSON-LD <c>WebPage</c>'s <c>datePublished</c>: <c>jsonld</c>.</item>
/// </list>
/// One cross-check: a day in the URL is written once, when the article is created, so a date that falls on
/// another day (in the site's zone) is a later render, crawl or update time. Then the best evidence that
/// agrees with the URL's day is taken (it may carry the time), else the URL's day itself. And a day without a
/// time takes the instant of weaker evidence that falls on the same day: the page states when, not only which day.
/// Modification is kept apart: JSON-LD <c>dateModified</c>, modified meta keys, marked, then shown updates.
/// Each value keeps the offset the page states; a value without one is placed by the caller.
/// </summary>
internal static class PageDates
{
    public static (Evidence<DateMention>? Published, Evidence<DateMention>? Modified) Find(
        IDocument document, MetaTags meta, JsonLdArticle? jsonLd, string? headline, string? url, string? siteZone)
    {
        var visible = VisibleDates.Find(document, headline);
        var webPage = JsonLd.WebPageDates(document);
        var urlDay = UrlDates.Find(url);

        Evidence<DateMention>?[] ranked =
        [
            FromJsonLd(jsonLd?.DatePublished),
            FromMeta(meta, DateMetaKeys.Published),
            visible.MarkedPublished,
            urlDay is null ? null : new(urlDay, "url"),
            visible.ShownPublished,
            FromMeta(meta, DateMetaKeys.Generic),
            FromJsonLd(webPage.Published),
        ];
        var published = ranked.FirstOrDefault(e => e is not null);
        if (urlDay is not null && published is not null && !SameDay(published.Value, urlDay, siteZone))
            published = ranked.FirstOrDefault(e => e is not null && SameDay(e.Value, urlDay, siteZone));
        if (published is { Value.Time: null })
            published = ranked.FirstOrDefault(e => e is { Value.Time: not null } && SameDay(e.Value, published.Value, siteZone)) ?? published;

        var modified = FromJsonLd(jsonLd?.DateModified) ?? FromMeta(meta, DateMetaKeys.Modified) ?? visible.MarkedModified
                       ?? visible.ShownModified ?? FromJsonLd(webPage.Modified);
        return (published, modified);
    }

    private static Evidence<DateMention>? FromJsonLd(string? value) =>
        IsoDate.Parse(value) is { } date && VisibleDates.Plausible(date) ? new(date, "jsonld") : null;

    private static Evidence<DateMention>? FromMeta(MetaTags meta, string[] keys)
    {
        foreach (var key in keys)
            foreach (var value in meta.All(key))
                if (IsoDate.Parse(value) is { } date && VisibleDates.Plausible(date)) return new(date, "meta:" + key);
        return null;
    }

    /// <summary>Whether <paramref name="date"/> falls on <paramref name="day"/> as a reader of the site sees it.</summary>
    internal static bool SameDay(DateMention date, DateMention day, string? siteZone) =>
        DateFormatter.LocalDay(date, siteZone) is { } local && local == new DateOnly(day.Year ?? 0, day.Month, day.Day);
}
