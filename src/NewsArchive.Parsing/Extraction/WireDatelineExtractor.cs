using System.Text.RegularExpressions;
using NewsArchive.Parsing.Dates;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Extraction;

/// <summary>
/// The wire dateline that opens the body: a place, optionally its region, then a date and/or the
/// agency in parentheses, then a dash: <c>WASHINGTON (AP) —</c>, <c>LONDON, Feb 12 (Reuters) -</c>,
/// <c>Berlin (dpa) -</c>, <c>SALVADOR, Feb 26 -</c>, <c>PORTLAND, Ore., March 2 -</c>. A place in capitals
/// may stand alone before the dash (<c>TOKYO —</c>). The prefix moves out of the first paragraph into
/// <c>dateline.wire</c>, the place with its region into <c>dateline.location</c>; the agency is credited,
/// and a date there is the publication date when no dateline line gave one.
/// </summary>
internal sealed partial class WireDatelineExtractor : IExtractor
{
    private const string Word = @"[\p{Lu}][^\s,()]{0,30}";
    private const string LaterWord = @"[\p{L}][\p{L}.'’/-]{0,30}";
    private const string Place = $@"{Word}(?: {LaterWord}){{0,3}}";
    private const string Region = $@"{Word}(?: {Word}){{0,2}}";

    /// <summary>
    /// The dateline's shape. The date is a word of three to nine letters and a day: every month name and abbreviation of
    /// the tables is one. Anchored at the start, and every repeat is bounded, so a match costs a bounded number of steps
    /// whatever the line: the backtracking engine, generated at build time, costs nothing to start. (Built at run time
    /// with NonBacktracking and the month names listed, it cost about 15 ms of every process's start in the Native AOT
    /// binary; a 40-second hill-climb for a slow input found none slower than 0.4 ms, no slower than NonBacktracking,
    /// and <c>WireDatelineProperties</c> checks both engines agree.)
    /// </summary>
    internal const string PatternText =
        $@"^(?<place>{Place})(?: ?, (?<region>{Region}))?(?:,? (?<date>\p{{L}}{{3,9}}\.? \d{{1,2}}))?(?: ?\((?<agency>[\p{{L}}/ -]{{2,30}})\))? ?(?<dash>--|[-–—]) ?";

    [GeneratedRegex(PatternText, RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();

    /// <summary>The body opens with the first unclaimed block, or the second when the first is a standfirst or caption.</summary>
    public void Extract(ExtractionContext context)
    {
        foreach (var block in context.Document.Unclaimed.Take(2))
            if (TryTake(context, block)) return;
    }

    /// <summary>Whether a line opens with a wire dateline that has a date or an agency (so it cannot be a title).</summary>
    public static bool Opens(string text) =>
        Pattern().Match(text + " ") is { Success: true } m && (m.Groups["date"].Success || m.Groups["agency"].Success);

    /// <summary>A line that is nothing but a wire dateline (the body follows on the next line, as in wire tables).</summary>
    public static bool IsStandalone(string text) => text.Length > 3 && "-–—".Contains(text[^1]) && Pattern().IsMatch(text + " ");

    private static bool TryTake(ExtractionContext context, Block block)
    {
        var standalone = IsStandalone(block.Text);
        var text = standalone ? block.Text + " " : block.Text;
        var m = Pattern().Match(text);
        if (!m.Success)
        {
            if (!context.Language.BarePlaceSeparators.Contains(".") || PlaceAndDot().Match(text) is not { Success: true } dot
                || !IsPlace(dot.Groups[1].Value, context.Language)) return false;
            Take(context, block, dot.Length, dot.Groups[1].Value);
            return true;
        }

        var place = m.Groups["place"].Value;
        var hasDate = m.Groups["date"].Success;
        // A dash inside a figure is no dateline's dash ("… voted 5-2 on Monday").
        var dash = m.Groups["dash"];
        var after = dash.Index + dash.Length;
        if (dash.Index > 0 && char.IsAsciiDigit(text[dash.Index - 1]) && after < text.Length && char.IsAsciiDigit(text[after])) return false;
        // Regional desks follow the agency as lower-case codes: (dpa/lno), (dpa/lby).
        var credits = m.Groups["agency"].Success ? m.Groups["agency"].Value.Split('/') : [];
        var agencies = credits.Select(Agencies.ShortName).OfType<string>().ToList();
        if (credits.Length > 0 && (agencies.Count == 0 || Agencies.ShortName(credits[0]) is null)) return false;
        var bare = !hasDate && agencies.Count == 0;
        if (!hasDate && place.Split(' ').Any(w => char.IsLower(w[0]))) return false;
        if (bare && m.Groups["region"].Success && !IsCapitals(place)) return false;
        if (bare && !IsCapitals(place) && !(IsPlace(place, context.Language) && context.Language.BarePlaceSeparators.Contains(m.Groups["dash"].Value))) return false;
        if (!standalone && (m.Length >= text.Length || bare && char.IsLower(text[m.Length]))) return false;

        var where = m.Groups["region"].Success ? m.Groups["region"] : m.Groups["place"];
        Take(context, block, Math.Min(m.Length, block.Text.Length), text[..(where.Index + where.Length)]);
        if (standalone) block.Kind = BlockKind.Dateline;
        foreach (var agency in agencies) context.AddAgency(agency);
        if (hasDate && context.Published is null && DateScanner.Scan(m.Groups["date"].Value, out _) is { } date)
        {
            context.Published = date;
            context.Provenance["dateline.published"] = "text";
        }
        return true;
    }

    private static void Take(ExtractionContext context, Block first, int length, string location)
    {
        context.WireDateline = first.Text[..length].Trim();
        context.WireLocation = location;
        first.Text = first.Text[length..].TrimStart();
        context.Provenance["dateline.wire"] = "text";
    }

    /// <summary>A bare place opening the body in mixed case: one or two capitalised words, none a function word.</summary>
    private static bool IsPlace(string place, LanguageTable language)
    {
        var words = place.Split(' ', '-');
        return words.Length <= 2 && words.All(w => w.Length >= 3 && char.IsUpper(w[0]) && !language.Stopwords.Contains(w.ToLowerInvariant())
                                                   && !language.Adverbs.Contains(w.ToLowerInvariant()) && !language.Determiners.Contains(w.ToLowerInvariant()));
    }

    [GeneratedRegex(@"^(\p{Lu}\p{Ll}{2,30}(?:[- ]\p{Lu}\p{Ll}{1,30})?)\. (?=\p{Lu})")]
    private static partial Regex PlaceAndDot();

    private static bool IsCapitals(string place) => place.Count(char.IsLetter) >= 3 && place.Where(char.IsLetter).All(char.IsUpper);
}
