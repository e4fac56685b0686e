using AngleSharp.Dom;
using NewsArchive.Parsing.Extraction;
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
    private static readonly string[] BylineOpeners = [.. LanguageTables.All.SelectMany(t => t.BylineOpeners).Concat(BylineLabels.Openers).Distinct().OrderByDescending(o => o.Length)];
    private static readonly HashSet<string> CompanySuffixes = [.. LanguageTables.All.SelectMany(t => t.CompanySuffixes), "e.v.", "e. v."];
    private static readonly string[] HeaderLineClasses = [.. BylineClasses, "date", "time", "dateline", "published", "timestamp", "pubdate", "meta", "datum", "info"];
    private static readonly char[] Separators = ['|', '-', '–', '—', '·', '»', ':', '/'];

    public static Evidence<string>? Publisher(MetaTags meta, JsonLdArticle? jsonLd, Evidence<string>? url)
    {
        if (HtmlReader.Clean(jsonLd?.Publisher) is { } ld) return new(ld, "jsonld");
        foreach (var key in PublisherKeys)
            foreach (var value in meta.All(key))
                if (SiteNameOf(value) is { } name) return new(name, "meta:" + key);
        return PageUrl.Host(url?.Value) is { } host ? new(host, "url") : null;
    }

    /// <summary>A run of four digits or more: a year or a postal code, which no site's name holds (<c>7News</c>, <c>20 Minuten</c> do).</summary>
    private static bool HasNumber(string text)
    {
        var run = 0;
        foreach (var c in text)
            if ((run = char.IsDigit(c) ? run + 1 : 0) >= 4) return true;
        return false;
    }

    /// <summary>
    /// A site name as a meta tag states it, or null: the first part of a name with a tagline
    /// (<c>Example News | Weather, Sports</c>), without a copyright sign, word or years; a value that is an
    /// address, a sentence or an imprint (a postal code: <c>Example GmbH, 5430 Town</c>) names no site.
    /// </summary>
    private static string? SiteNameOf(string value)
    {
        if (HtmlReader.Clean(value) is not { } text || text.StartsWith("http", StringComparison.Ordinal)) return null;
        text = text.Split(" | ")[0];
        foreach (var word in (string[])["copyright", "©", "(c)"])
            text = text.Replace(word, " ", StringComparison.OrdinalIgnoreCase);
        text = text.Trim(' ', '-', '–', ',');
        while (text.Length > 0 && (char.IsDigit(text[0]) || text[0] is '-' or '–' or ' ')) text = text[1..];
        return text.Length is >= 2 and <= 60 && !HasNumber(text) ? text : null;
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
        // Microdata marks the visible headline itself: it wins over a social-media title that says something else.
        if (document.QuerySelector("h1[itemprop~=headline], h2[itemprop~=headline]") is { } marked && !DomText.IsSilent(marked) && HeadingText(marked) is { } shown)
            return new(shown, "dom");
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
            if (text is null || TextCounts.Pieces(text) is < 6 or > 90) continue;
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
        [.. document.QuerySelectorAll("[rel~=author], [itemprop~=author], [class], [id]")
            .Where(e => (HasToken(e, "rel", "author") || HasToken(e, "itemprop", "author") || HasClass(e, BylineClasses)) && !DomText.IsSilent(e))
            .Select(e => HtmlReader.Clean(e.QuerySelector("[itemprop=name]") is { } name ? DomText.Of(name) : FirstLine(e)))
            .OfType<string>().Select(t => WithoutOpener(WithoutLabel(t))).Where(t => !IsOpener(t)).Where(t => TextCounts.Pieces(t) <= 12).Distinct().Take(3)];

    /// <summary>The text of an element up to its first <c>&lt;br&gt;</c> (<c>By Jana Roe&lt;br&gt;Monday, 12 May</c>): a byline's first line.</summary>
    private static string FirstLine(IElement e)
    {
        if (e.Children.FirstOrDefault(c => c.LocalName == "br") is not { } br) return DomText.Of(e);
        var line = new System.Text.StringBuilder();
        foreach (var node in e.ChildNodes.TakeWhile(n => n != br)) line.Append(DomText.Of(node)).Append(' ');
        return line.ToString();
    }

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
            if (text is null || TextCounts.Pieces(text) > 30) continue;
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

    /// <summary>
    /// Author names from a list of credits: a byline word or a label (<c>Text:</c>) dropped, lists split
    /// (also at a sentence break: <c>Jane Roe. Example News</c>), and left out what names no person: web
    /// addresses, agencies and known outlets, the site itself or one of its desks (<c>CNN Business</c> on
    /// CNN), and the placeholders of publishing systems (<c>admin</c>, <c>Redaktion</c>).
    /// </summary>
    private static List<string> Names(IEnumerable<string?> credits, string? publisher)
    {
        var names = new List<string>();
        foreach (var credit in credits)
        {
            if (HtmlReader.Clean(credit) is not { } c || c.Contains("://", StringComparison.Ordinal) || c.StartsWith("www.", StringComparison.Ordinal)) continue;
            foreach (var part in SplitNames(WithoutLabel(WithoutOpener(c))))
            {
                var name = part.Trim(' ', ',', ';', '.', '|');
                if (name.Length is < 2 or > 60 || TextCounts.Pieces(name) > 5 || name.Any(char.IsDigit) || IsWebAddress(name)) continue;
                if (Agencies.ShortName(name) is not null || Outlets.Find(name) is not null || publisher is not null && SiteName.IsSiteOrDesk(name, publisher)) continue;
                if (IsPlaceholder(name) || IsOpener(name) || CompanySuffixes.Contains(name.Split(' ')[^1].ToLowerInvariant())) continue;
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
            }
        }
        return names;
    }

    private static IEnumerable<string> SplitNames(string text)
    {
        foreach (var piece in text.Split([",", ";", " & ", " and ", " und ", " et ", " y ", " e "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            foreach (var sentence in SplitSentences(piece))
                yield return sentence;
    }

    /// <summary>Splits at <c>. </c> after a word of two or more letters (<c>Jane Roe. Example News</c>), never after an initial (<c>Bruce Y. Lee</c>).</summary>
    private static IEnumerable<string> SplitSentences(string piece)
    {
        var start = 0;
        for (var i = 2; i < piece.Length - 1; i++)
            if (piece[i] == '.' && piece[i + 1] == ' ' && char.IsLower(piece[i - 1]) && char.IsLetter(piece[i - 2]))
            {
                yield return piece[start..i];
                start = i + 2;
            }
        yield return piece[start..];
    }

    /// <summary>A credit that opens with a short label and a colon (<c>Text: Jana Roe</c>, <c>Autorin: …</c>) keeps what follows it.</summary>
    private static string WithoutLabel(string credit)
    {
        var colon = credit.IndexOf(':', StringComparison.Ordinal);
        return colon is > 0 and <= 20 && credit[..colon].Split(' ').Length <= 2 && colon + 1 < credit.Length ? credit[(colon + 1)..].Trim() : credit;
    }

    /// <summary>A word with a domain ending (<c>WordPress.com</c>, <c>example.de</c>).</summary>
    private static bool IsWebAddress(string name) =>
        name.Split(' ').Any(w => w.LastIndexOf('.') is var dot and > 1 && w.Length - dot - 1 is >= 2 and <= 4 && w[(dot + 1)..].All(char.IsAsciiLetterLower));

    private static bool IsPlaceholder(string name) =>
        LanguageTables.All.Any(t => t.NonAuthorCredits.Contains(name.ToLowerInvariant()));

    private static bool HasToken(IElement e, string attribute, string token) =>
        e.GetAttribute(attribute) is { } value && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(token, StringComparer.OrdinalIgnoreCase);

    private static bool IsOpener(string text) => BylineOpeners.Contains(text.ToLowerInvariant());

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
        var siteKey = SiteName.Key(site);
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

    /// <summary>A title segment that is the site's name, alone or with a word or two (<c>BBC News</c> for BBC), not a phrase that mentions it.</summary>
    private static bool IsSite(string segment, string siteKey)
    {
        var key = SiteName.Fold(segment);
        return key.Length >= 2 && siteKey.Length >= 2
               && (key.Contains(siteKey, StringComparison.Ordinal) && key.Length <= 2 * siteKey.Length + 4 || siteKey.Contains(key, StringComparison.Ordinal));
    }

    private static bool Agrees(string heading, string title)
    {
        var a = SiteName.Fold(heading);
        var b = SiteName.Fold(title);
        if (a.Length == 0 || b.Length == 0) return false;
        if (a == b || a.Length >= 15 && b.Contains(a, StringComparison.Ordinal) || b.Length >= 15 && a.Contains(b, StringComparison.Ordinal)) return true;
        var wa = Words(heading);
        var wb = Words(title);
        return wa.Count > 0 && wa.Intersect(wb).Count() >= 0.6 * Math.Max(wa.Count, wb.Count);
    }

    private static HashSet<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split(' ').Select(w => new string([.. w.Where(char.IsLetterOrDigit)])).Where(w => w.Length > 0)];

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
