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
    private const RegexOptions Safe = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly string Months = string.Join('|', LanguageTables.All.SelectMany(t => t.Months.Keys)
        .Distinct().OrderByDescending(k => k.Length).Select(m => char.ToUpperInvariant(m[0]) + m[1..]));

    private const string Word = @"[\p{Lu}][\p{L}.'’/-]{0,30}";
    private const string Place = $@"{Word}(?: {Word}){{0,3}}";
    private const string Region = $@"{Word}(?: {Word}){{0,2}}";

    private static readonly Regex Pattern = new(
        $@"^(?<place>{Place})(?:, (?<region>{Region}))?(?:,? (?<date>(?:{Months})\.? \d{{1,2}}))?(?: ?\((?<agency>[\p{{L}}/ -]{{2,30}})\))? ?(?<dash>--|[-–—]) ",
        Safe);

    public void Extract(ExtractionContext context)
    {
        var first = context.Document.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Unknown);
        if (first is null) return;
        var m = Pattern.Match(first.Text);
        if (!m.Success) return;

        var place = m.Groups["place"].Value;
        var hasDate = m.Groups["date"].Success;
        // Regional desks follow the agency as lower-case codes: (dpa/lno), (dpa/lby).
        var credits = m.Groups["agency"].Success ? m.Groups["agency"].Value.Split('/') : [];
        var agencies = credits.Select(Agencies.ShortName).OfType<string>().ToList();
        if (credits.Length > 0 && (agencies.Count == 0 || Agencies.ShortName(credits[0]) is null)) return;
        if (!hasDate && agencies.Count == 0 && !IsCapitals(place)) return;
        if (m.Groups["region"].Success && !hasDate && agencies.Count == 0) return;

        var rest = first.Text[m.Length..].TrimStart();
        if (rest.Length == 0) return;
        context.WireDateline = first.Text[..m.Length].Trim();
        context.WireLocation = m.Groups["region"].Success ? $"{place}, {m.Groups["region"].Value}" : place;
        first.Text = rest;
        foreach (var agency in agencies) context.AddAgency(agency);
        context.Provenance["dateline.wire"] = "text";

        if (hasDate && context.Published is null && DateScanner.Scan(m.Groups["date"].Value, out _) is { } date)
        {
            context.Published = date;
            context.Provenance["dateline.published"] = "text";
        }
    }

    private static bool IsCapitals(string place) => place.Count(char.IsLetter) >= 3 && place.Where(char.IsLetter).All(char.IsUpper);
}
