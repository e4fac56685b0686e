using AngleSharp.Dom;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Html;

/// <summary>
/// The page's headline, kicker, teaser, authors, publisher and language, each from the best evidence
/// (JSON-LD, meta tags, the visible page, the URL), with the evidence named for <c>provenance</c>.
/// </summary>
internal static class PageHeader
{
    private static readonly string[] TitleKeys = ["og:title", "twitter:title", "dc.title", "title", "sailthru.title", "parsely-title"];
    private static readonly string[] AuthorKeys = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "cxenseparse:author"];
    private static readonly string[] PublisherKeys = ["og:site_name", "application-name", "dc.publisher", "dcterms.publisher", "publisher", "copyright"];
    private static readonly string[] KickerClasses = ["kicker", "overline", "dachzeile", "eyebrow", "topline", "roofline", "supertitle", "spitzmarke", "flag"];
    private static readonly string[] TeaserClasses = ["teaser", "standfirst", "intro", "lead", "summary", "dek", "deck", "subtitle", "subheadline", "abstract", "excerpt", "description", "sapo", "chapo", "vorspann"];
    private static readonly string[] BylineClasses = ["author", "authors", "byline", "autor", "autoren", "writer", "creator"];
    private static readonly string[] BylineOpeners = [.. LanguageTables.All.SelectMany(t => t.BylineOpeners).OrderByDescending(o => o.Length)];
    private static readonly string[] HeaderLineClasses = [.. BylineClasses, "date", "time", "dateline", "published", "timestamp", "pubdate", "meta", "datum", "info"];
    private static readonly char[] Separators = ['|', '-', '–', '—', '·', '»', ':', '/'];

    public static Evidence<string>? Publisher(MetaTags meta, JsonLdArticle? jsonLd, Evidence<string>? url)
    {
        if (HtmlReader.Clean(jsonLd?.Publisher) is { } ld) return new(ld, "jsonld");
        if (meta.First(PublisherKeys) is { } m && HtmlReader.Clean(m.Value) is { Length: <= 60 } name && !name.StartsWith("http", StringComparison.Ordinal))
            return new(name.TrimStart('©', ' '), "meta:" + m.Key);
        return PageUrl.Host(url?.Value) is { } host ? new(host, "url") : null;
    }

    /// <summary>
    /// The headline as the page shows it: the <c>&lt;h1&gt;</c> when it agrees with the title the metadata
    /// states (JSON-LD, og:title, <c>&lt;title&gt;</c>), else that title without the site's name.
    /// </summary>
    public static Evidence<string>? Headline(IDocument document, MetaTags meta, JsonLdArticle? jsonLd, string? site)
    {
        var stated = new List<Evidence<string>>();
        if (HtmlReader.Clean(jsonLd?.Headline) is { } ld) stated.Add(new(WithoutSite(ld, site), "jsonld"));
        foreach (var key in TitleKeys)
            if (meta.All(key).Select(HtmlReader.Clean).FirstOrDefault(v => v is not null) is { } v) stated.Add(new(WithoutSite(v, site), "meta:" + key));
        if (HtmlReader.Clean(document.Title) is { } title) stated.Add(new(WithoutSite(title, site), "dom"));

        var headings = document.QuerySelectorAll("h1").Where(h => !DomText.IsSilent(h)).Select(HeadingText).OfType<string>().ToList();
        foreach (var heading in headings)
            if (stated.Any(s => Agrees(heading, s.Value))) return new(heading, "dom");
        if (stated.Count > 0) return stated[0];
        return headings.Count == 1 ? new(headings[0], "dom") : null;
    }

    public static Evidence<string>? Kicker(IDocument document, string? headline)
    {
        var h1 = document.QuerySelector("h1");
        if (h1 is null || headline is null) return null;
        var inside = h1.Descendants<IElement>().FirstOrDefault(e => HasClass(e, KickerClasses));
        var before = h1.PreviousElementSibling is { } p && HasClass(p, KickerClasses) ? p
            : h1.ParentElement?.PreviousElementSibling is { } pp && HasClass(pp, KickerClasses) ? pp : null;
        var text = HtmlReader.Clean((inside ?? before) is { } k ? DomText.Of(k) : null);
        return text is { Length: <= 80 } && text != headline ? new(text.TrimEnd(':').Trim(), "dom") : null;
    }

    /// <summary>A headline whose element holds the kicker too (<c>&lt;h1&gt;&lt;span class=kicker&gt;…</c>) loses it, with the separator after it.</summary>
    public static Evidence<string> WithoutKicker(Evidence<string> headline, string kicker)
    {
        if (!headline.Value.StartsWith(kicker, StringComparison.Ordinal) || headline.Value.Length <= kicker.Length + 3) return headline;
        return headline with { Value = headline.Value[kicker.Length..].TrimStart(':', '-', '–', '—', '|', ' ') };
    }

    /// <summary>A standfirst the page marks as one (<c>class="standfirst"</c>, <c>teaser</c>, <c>lead</c>, ...), between the headline and the body.</summary>
    public static Evidence<string>? Teaser(IDocument document, PageContent content)
    {
        var h1 = document.QuerySelector("h1");
        if (h1 is null) return null;
        foreach (var e in document.QuerySelectorAll("p, div, h2, span"))
        {
            if (!HasClass(e, TeaserClasses) || e.QuerySelector("a, h1, h2, h3, li, img") is not null && e.LocalName != "p") continue;
            if (h1.CompareDocumentPosition(e).HasFlag(DocumentPositions.Preceding)) continue;
            if (InChrome(e)) continue;
            var text = HtmlReader.Clean(DomText.Of(e));
            if (text is null || text.Split(' ').Length is < 6 or > 90) continue;
            if (content.Paragraphs.Skip(1).Contains(text)) continue;
            return new(text, "dom");
        }
        return null;
    }

    /// <summary>A teaser-named box inside chrome (an author card's <c>author-excerpt</c>, a sidebar's <c>summary</c>) is no standfirst.</summary>
    private static bool InChrome(IElement e)
    {
        var level = 0;
        for (var at = e; at is not null && level < MaxChromeLevels; at = at.ParentElement, level++)
            if (Boilerplate.IsBeside(at)) return true;
        return false;
    }

    private const int MaxChromeLevels = 40;

    public static Evidence<IReadOnlyList<string>>? Authors(MetaTags meta, JsonLdArticle? jsonLd, string? publisher)
    {
        if (Names(jsonLd?.Authors ?? [], publisher) is { Count: > 0 } ld) return new(ld, "jsonld");
        foreach (var key in AuthorKeys)
            if (Names(meta.All(key), publisher) is { Count: > 0 } m) return new(m, "meta:" + key);
        return null;
    }

    /// <summary>The texts of the first elements the page marks as author or byline (for the byline rules to read).</summary>
    public static IReadOnlyList<string> BylineNames(IDocument document) =>
        [.. document.QuerySelectorAll("[rel~=author], [itemprop~=author], [class]")
            .Where(e => (e.HasAttribute("rel") || e.HasAttribute("itemprop") || HasClass(e, BylineClasses)) && !DomText.IsSilent(e))
            .Select(e => HtmlReader.Clean(DomText.Of(e.QuerySelector("[itemprop=name]") ?? e)))
            .OfType<string>().Where(t => t.Split(' ').Length <= 12).Distinct().Take(3)];

    /// <summary>
    /// The article header's byline and date lines as the page shows them: elements marked as byline,
    /// author, date or meta line, and <c>&lt;time&gt;</c> elements, after the <c>&lt;h1&gt;</c> and before
    /// the first paragraph of prose; a line of several parts (<c>Von Jana Beispiel | 03.06.2025</c>) is split.
    /// </summary>
    public static List<string> HeaderLines(IDocument document)
    {
        var lines = new List<string>();
        var h1 = document.QuerySelector("h1");
        if (h1 is null) return lines;
        IElement? taken = null;
        var seen = 0;
        for (var e = Next(h1, h1); e is not null && seen < 300 && lines.Count < 6; e = Next(e, null), seen++)
        {
            if (e.LocalName == "p" && DomText.Of(e).Split(' ').Length >= 25) break;
            if (taken is not null && taken.Contains(e)) continue;
            if (e.LocalName != "time" && !HasClass(e, HeaderLineClasses) || DomText.IsSilent(e)) continue;
            var text = HtmlReader.Clean(DomText.Of(e));
            if (text is null || text.Split(' ').Length > 30) continue;
            taken = e;
            foreach (var part in text.Split([" | ", " · ", " • ", " / "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                if (!lines.Contains(part)) lines.Add(part);
        }
        return lines;
    }

    /// <summary>The next element in document order after <paramref name="e"/>, skipping its descendants when it is <paramref name="skipInside"/>.</summary>
    private static IElement? Next(IElement e, IElement? skipInside)
    {
        if (e != skipInside && e.FirstElementChild is { } child) return child;
        for (var at = e; at is not null; at = at.ParentElement)
            if (at.NextElementSibling is { } sibling) return sibling;
        return null;
    }

    public static Evidence<string>? Language(IDocument document, MetaTags meta)
    {
        var stated = document.DocumentElement.GetAttribute("lang") ?? meta.First(["content-language", "og:locale", "language", "dc.language"])?.Value;
        var code = stated?.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code is { Length: 2 } && code.All(char.IsAsciiLetterLower) ? new(code, "dom") : null;
    }

    /// <summary>Author names from a list of credits: a byline word and the site's name dropped, lists split, addresses and organisations left out.</summary>
    private static List<string> Names(IEnumerable<string?> credits, string? publisher)
    {
        var names = new List<string>();
        foreach (var credit in credits)
        {
            if (HtmlReader.Clean(credit) is not { } c || c.Contains("://", StringComparison.Ordinal) || c.StartsWith("www.", StringComparison.Ordinal)) continue;
            foreach (var part in SplitNames(WithoutOpener(c)))
            {
                var name = part.Trim(' ', ',', ';', '.', '|');
                if (name.Length is < 2 or > 60 || name.Split(' ').Length > 5 || name.Any(char.IsDigit)) continue;
                if (publisher is not null && Fold(name) == Fold(publisher) || Agencies.ShortName(name) is not null || Outlets.Find(name) is not null) continue;
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
            }
        }
        return names;
    }

    private static IEnumerable<string> SplitNames(string text)
    {
        foreach (var piece in text.Split([",", ";", " & ", " and ", " und ", " et ", " y ", " e "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            yield return piece;
    }

    private static string WithoutOpener(string text)
    {
        foreach (var o in BylineOpeners)
            if (text.StartsWith(o, StringComparison.OrdinalIgnoreCase) && text.Length > o.Length && (o.EndsWith(':') || text[o.Length] == ' '))
                return text[o.Length..].Trim();
        return text;
    }

    private static string? HeadingText(IElement h1) => HtmlReader.Clean(DomText.Of(h1)) is { Length: <= 300 } t ? t : null;

    /// <summary>A title without a site name at its start or end (<c>… | Ars Technica</c>, <c>… - BBC News</c>, <c>ZEIT ONLINE: …</c>).</summary>
    public static string WithoutSite(string title, string? site)
    {
        if (site is null) return title;
        var siteKey = SiteKey(site);
        for (var round = 0; round < 2; round++)
        {
            var cut = false;
            foreach (var sep in Separators)
            {
                var last = title.LastIndexOf(" " + sep + " ", StringComparison.Ordinal);
                if (last > 0 && IsSite(title[(last + 3)..], siteKey)) { title = title[..last].Trim(); cut = true; break; }
                var first = title.IndexOf(sep == ':' ? ": " : " " + sep + " ", StringComparison.Ordinal);
                if (first > 0 && IsSite(title[..first], siteKey)) { title = title[(first + (sep == ':' ? 2 : 3))..].Trim(); cut = true; break; }
            }
            if (!cut) break;
        }
        return title;
    }

    private static bool IsSite(string segment, string siteKey)
    {
        var key = Fold(segment);
        return key.Length > 0 && siteKey.Length > 0 && (key.Contains(siteKey, StringComparison.Ordinal) || siteKey.Contains(key, StringComparison.Ordinal));
    }

    /// <summary>The site's name as a comparison key: folded, without <c>www.</c> and the top-level domain of a host name.</summary>
    private static string SiteKey(string site)
    {
        var s = site.Trim().ToLowerInvariant();
        if (s.StartsWith("www.", StringComparison.Ordinal)) s = s[4..];
        var dot = s.LastIndexOf('.');
        if (dot > 0 && !s.Contains(' ', StringComparison.Ordinal) && s.Length - dot <= 4) s = s[..dot];
        return Fold(s);
    }

    private static bool Agrees(string heading, string title)
    {
        var a = Fold(heading);
        var b = Fold(title);
        if (a.Length == 0 || b.Length == 0) return false;
        if (a == b || a.Length >= 15 && b.Contains(a, StringComparison.Ordinal) || b.Length >= 15 && a.Contains(b, StringComparison.Ordinal)) return true;
        var wa = Words(heading);
        var wb = Words(title);
        return wa.Count > 0 && wa.Intersect(wb).Count() >= 0.6 * Math.Max(wa.Count, wb.Count);
    }

    private static HashSet<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split(' ').Select(w => new string([.. w.Where(char.IsLetterOrDigit)])).Where(w => w.Length > 0)];

    private static string Fold(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    /// <summary>An element whose class or id names one of <paramref name="names"/> as a whole token (<c>article__lead</c>, <c>c-standfirst</c>).</summary>
    internal static bool HasClass(IElement e, string[] names)
    {
        var attribute = (e.GetAttribute("class") + " " + e.Id).ToLowerInvariant();
        if (attribute.Length <= 1) return false;
        foreach (var token in attribute.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
            if (names.Contains(token)) return true;
        return false;
    }
}
