using AngleSharp.Dom;
using NewsArchive.Parsing.Dates;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Html;

/// <summary>
/// The dates a page shows, read in one pass over its elements and text in document order (an explicit
/// walk: no recursion, each node visited once, each text looked at once with a bounded context).
/// <list type="bullet">
/// <item><b>Marked</b>: <c>itemprop=datePublished|dateModified</c> (<c>content</c>, <c>datetime</c> or text),
/// <c>&lt;time pubdate&gt;</c>, <c>&lt;abbr class=published|updated title&gt;</c>, and <c>&lt;time datetime&gt;</c>
/// whose class says <c>published</c> or <c>updated</c>. The one nearest the headline wins.</item>
/// <item><b>Shown</b>: short lines that are mostly a date (<c>12.02.2025</c>, <c>16. Oktober 2019</c>,
/// <c>Oct 16, 2019</c>, read by <see cref="DateScanner"/>): a <c>&lt;time&gt;</c>, a line with a label
/// (<c>Veröffentlicht am</c>, <c>Published</c>, <c>Stand:</c>, <c>Datum</c>; the label may stand in the text
/// just before), a line in an element whose class or id speaks of dates (<c>date</c>, <c>datum</c>, <c>time</c>,
/// <c>published</c>, <c>meta</c>, <c>byline</c>, <c>info</c>, as htmldate looks for them), or a bare date line
/// close after the headline. Each is weighed by that kind and by its distance from the <c>&lt;h1&gt;</c>
/// (lines before it count three times as far); the lightest wins.</item>
/// </list>
/// Update labels (<c>aktualisiert</c>, <c>Updated</c>) make the date after them a modification; labels of
/// other dates (<c>Mitglied seit</c>, <c>gültig seit</c>) make it neither. A date needs its year.
/// </summary>
internal static class VisibleDates
{
    /// <summary>Text nodes a bare date line may stand after the headline; hinted and labelled lines may stand farther.</summary>
    private const int BareReach = 30;
    private const int HintedReach = 400;
    private const int MaxLine = 160;

    /// <summary>Headings compared with the headline on a page without <c>&lt;h1&gt;</c>: reading each one's text costs its subtree, so a hostile page may not make that quadratic.</summary>
    private const int MaxHeadings = 64;

    private static readonly string[] DateHints = ["date", "author", "datum", "time", "zeit", "publish", "posted", "byline", "dateline", "meta", "info", "stand", "stamp", "created", "erstellt"];
    private static readonly string[] PublishedHints = ["publish", "pubdate", "entry-date", "post-date", "created"];
    private static readonly string[] ModifiedHints = ["updated", "modified"];

    private static readonly string[] PublishedLabels = Longest(LanguageTables.All.SelectMany(t => t.PublishedLabels).Concat(DateLabels.Published));
    private static readonly string[] ModifiedLabels = Longest(LanguageTables.All.SelectMany(t => t.UpdateLabels).Concat(DateLabels.Modified));

    private enum Kind { Marked, Time, Labelled, Hinted, Bare }

    private sealed record Candidate(DateMention Date, Kind Kind, bool Modified, int Position);

    /// <summary>The published and modified dates the page marks or shows, each with its evidence name.</summary>
    /// <remarks>
    /// The anchor is the first <c>&lt;h1&gt;</c>; on a page without one, the first heading (<c>h2</c>-<c>h6</c>)
    /// whose text is <paramref name="headline"/>, else the start of <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c>.
    /// </remarks>
    public static (Evidence<DateMention>? MarkedPublished, Evidence<DateMention>? MarkedModified, Evidence<DateMention>? ShownPublished, Evidence<DateMention>? ShownModified)
        Find(IDocument document, string? headline = null)
    {
        var candidates = new List<Candidate>();
        var anchor = Walk(document, headline, SlashOrder(document), candidates);
        var marked = candidates.Where(c => c.Kind == Kind.Marked).ToList();
        var shown = candidates.Where(c => c.Kind != Kind.Marked).ToList();
        return (
            Best(marked.Where(c => !c.Modified), anchor, "dom"),
            Best(marked.Where(c => c.Modified), anchor, "dom"),
            Best(shown.Where(c => !c.Modified), anchor, "text"),
            Best(shown.Where(c => c.Modified && c.Kind is not Kind.Bare), anchor, "text"));
    }

    private static Evidence<DateMention>? Best(IEnumerable<Candidate> candidates, int anchor, string source)
    {
        Candidate? best = null;
        var bestCost = int.MaxValue;
        foreach (var c in candidates)
        {
            var distance = c.Position >= anchor ? c.Position - anchor : (anchor - c.Position) * 3;
            var reach = c.Kind is Kind.Bare ? BareReach : c.Kind is Kind.Marked ? int.MaxValue : HintedReach;
            if (distance > reach) continue;
            var cost = distance + c.Kind switch { Kind.Marked => 0, Kind.Time => 0, Kind.Labelled => 2, Kind.Hinted => 6, _ => 15 };
            if (cost < bestCost) (best, bestCost) = (c, cost);
        }
        return best is null ? null : new(best.Date, source);
    }

    /// <summary>Walks the body once, adding candidates; returns the position (text count) of the first visible <c>&lt;h1&gt;</c>.</summary>
    private static int Walk(IDocument document, string? headline, DateOrder order, List<Candidate> candidates)
    {
        var anchor = -1;
        var headingAnchor = -1;
        var headingsTried = 0;
        var fallbackAnchor = -1;
        var position = 0;
        string? previous = null;
        INode? root = document.Body;
        if (root is null) return 0;
        var pending = new Stack<INode?>();
        DomText.PushChildren(root, pending);
        while (pending.TryPop(out var node))
        {
            if (node is null) continue;
            var descend = true;
            if (node is IElement e)
            {
                if (DomText.IsSilent(e)) descend = false;
                else
                {
                    if (anchor < 0 && e.LocalName == "h1") anchor = position;
                    if (headingAnchor < 0 && headline is not null && e.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" && headingsTried++ < MaxHeadings
                        && e.TextContent is { Length: < 400 } heading && Clean(heading) == headline) headingAnchor = position;
                    if (fallbackAnchor < 0 && e.LocalName is "article" or "main") fallbackAnchor = position;
                    Marked(e, position, order, candidates);
                    if (e.LocalName == "time" && IsoDate.Parse(e.GetAttribute("datetime")) is { } t && Plausible(t) && !HasText(e))
                        candidates.Add(new(t, Kind.Time, HasHint(e, ModifiedHints), position));
                }
            }
            else if (node is IText text && text.Data.Length < 4000 && Clean(text.Data) is { } line)
            {
                position++;
                Shown(text, line, previous, position, order, candidates);
                previous = line.Length <= 40 ? line : null;
            }
            if (descend) DomText.PushChildren(node, pending);
        }
        return anchor >= 0 ? anchor : headingAnchor >= 0 ? headingAnchor : Math.Max(fallbackAnchor, 0);
    }

    private static void Marked(IElement e, int position, DateOrder order, List<Candidate> candidates)
    {
        var itemprop = e.GetAttribute("itemprop");
        var published = string.Equals(itemprop, "datePublished", StringComparison.OrdinalIgnoreCase)
                        || e.LocalName == "time" && e.HasAttribute("pubdate")
                        || e.LocalName is "time" or "abbr" && HasHint(e, PublishedHints);
        var modified = string.Equals(itemprop, "dateModified", StringComparison.OrdinalIgnoreCase)
                       || e.LocalName is "time" or "abbr" && !published && HasHint(e, ModifiedHints);
        if (!published && !modified) return;
        var value = e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? (e.LocalName == "abbr" ? e.GetAttribute("title") : null);
        var date = IsoDate.Parse(value) ?? (value is null && Clean(e.TextContent.Length < 400 ? e.TextContent : "") is { } shown ? Scan(shown, order, out _) : null);
        if (date is not null && Plausible(date)) candidates.Add(new(date, Kind.Marked, modified, position));
    }

    /// <summary>
    /// Reads a short text as a shown date. The text before it (when short) may hold its label
    /// (<c>Veröffentlicht am</c> in its own <c>&lt;span&gt;</c>), but its words do not count against the line.
    /// </summary>
    private static void Shown(IText text, string line, string? previous, int position, DateOrder order, List<Candidate> candidates)
    {
        if (line.Length > MaxLine || !line.Any(char.IsAsciiDigit)) return;
        var lower = line.ToLowerInvariant();
        var previousLower = previous?.ToLowerInvariant() ?? "";
        if (HasOther(lower) || HasOther(previousLower)) return;

        var parent = text.ParentElement;
        var time = Closest(parent, "time");
        var hinted = parent is not null && (HasHint(parent, DateHints) || parent.ParentElement is { } p1 && (HasHint(p1, DateHints) || p1.ParentElement is { } p2 && HasHint(p2, DateHints)));
        var classModified = parent is not null && (HasHint(parent, ModifiedHints) || parent.ParentElement is { } pm && HasHint(pm, ModifiedHints));
        var previousLabel = IndexOfAny(previousLower, PublishedLabels) >= 0;
        var previousModified = IndexOfAny(previousLower, ModifiedLabels) >= 0;

        // "Veröffentlicht am 1.2.2025, aktualisiert am 3.2.2025": the part from an update label on is the modification.
        var split = IndexOfAny(lower, ModifiedLabels);
        var segments = split < 0
            ? [(line, previousModified && !previousLabel)]
            : new[] { (line[..split], previousModified && !previousLabel), (line[split..], true) };
        var first = true;
        foreach (var (segment, modified) in segments)
        {
            var opening = first;
            first = false;
            if (segment.Length < 6 || !segment.Any(char.IsAsciiDigit)) continue;
            var date = Scan(segment, order, out var residue);
            if (date is null) continue;
            var labelled = IndexOfAny(segment.ToLowerInvariant(), PublishedLabels) >= 0 || modified || opening && previousLabel;
            var kind = time is not null ? Kind.Time : labelled ? Kind.Labelled : hinted ? Kind.Hinted : Kind.Bare;
            if (kind is Kind.Bare or Kind.Hinted && Words(residue) > 6) continue;
            if (kind is Kind.Labelled && Words(residue) > 12) continue;
            if (time is not null && IsoDate.Parse(time.GetAttribute("datetime")) is { } machine && SameDay(machine, date)) date = machine;
            candidates.Add(new(date, kind, modified || classModified && !labelled, position));
        }
    }

    private static bool HasOther(string lower) => lower.Length > 0 && DateLabels.Other.Any(l => lower.Contains(l, StringComparison.Ordinal));

    private static DateMention? Scan(string text, DateOrder order, out string residue)
    {
        var date = DateScanner.Scan(text, order, out residue);
        return date is not null && Plausible(date) ? date : null;
    }

    /// <summary>
    /// How the page orders slashed dates, by its declared locale (<c>lang</c>, <c>xml:lang</c>): month first in
    /// US English, day first in any other stated region or language; English without a region is unknown.
    /// </summary>
    private static DateOrder SlashOrder(IDocument document)
    {
        var root = document.DocumentElement;
        var lang = (root.GetAttribute("lang") is { Length: > 0 } l ? l : root.GetAttribute("xml:lang"))?.Trim().Replace('_', '-').ToLowerInvariant();
        if (string.IsNullOrEmpty(lang)) return DateOrder.Unknown;
        var parts = lang.Split('-');
        if (parts[0] != "en") return DateOrder.DayFirst;
        return parts.Length < 2 ? DateOrder.Unknown : parts[1] == "us" ? DateOrder.MonthFirst : DateOrder.DayFirst;
    }

    /// <summary>A web page's date: it states its year, and the web is younger than 1995.</summary>
    internal static bool Plausible(DateMention date) => date.Year is >= 1995 and <= 2100;

    private static bool SameDay(DateMention a, DateMention b) => a.Year == b.Year && a.Month == b.Month && a.Day == b.Day;

    private static int Words(string residue) =>
        residue.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));

    private static bool HasText(IElement e) => e.TextContent.Any(char.IsAsciiDigit);

    private static IElement? Closest(IElement? e, string name)
    {
        for (var (at, depth) = (e, 0); at is not null && depth < 3; at = at.ParentElement, depth++)
            if (at.LocalName == name) return at;
        return null;
    }

    private static bool HasHint(IElement e, string[] hints)
    {
        foreach (var attribute in (string[])["class", "id", "itemprop"])
            if (e.GetAttribute(attribute) is { Length: > 0 and < 300 } value)
                foreach (var hint in hints)
                    if (value.Contains(hint, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static int IndexOfAny(string lower, string[] labels)
    {
        var first = -1;
        foreach (var label in labels)
        {
            var i = lower.IndexOf(label, StringComparison.Ordinal);
            if (i >= 0 && (i == 0 || !char.IsLetter(lower[i - 1])) && (first < 0 || i < first)) first = i;
        }
        return first;
    }

    private static string? Clean(string text) =>
        text.Length == 0 ? null : Input.TextNormalizer.CollapseWhitespace(text) is { Length: > 0 } t ? t : null;

    private static string[] Longest(IEnumerable<string> labels) => [.. labels.Distinct().OrderByDescending(l => l.Length)];
}
