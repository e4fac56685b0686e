using System.Text.RegularExpressions;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Dates;

/// <summary>
/// Finds the date, time and zone written in a short line, in German and English shapes:
/// <c>12.02.2025, 20:12 Uhr</c>, <c>12. Februar 2025</c>, <c>Feb. 12, 2025, 8:12 p.m. ET</c>,
/// <c>Wed 12 Feb 2025 18.05 GMT</c>, <c>2025-02-12</c>, <c>Feb 26</c> (no year). Month names come from
/// every language table, so a date is read whatever language the rest of the article is in.
/// </summary>
internal static partial class DateScanner
{
    /// <summary>
    /// The patterns built from the month and zone tables are linear by construction: literal alternatives,
    /// bounded repeats (<c>\d{1,2}</c>, <c>\s{1,3}</c>), nothing nested, so each start position costs a bounded
    /// number of steps. The backtracking interpreter is built in well under a millisecond; NonBacktracking took
    /// about 40 ms of every process's start to build them (measured in the Native AOT binary).
    /// </summary>
    private const RegexOptions Safe = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Dictionary<string, int> Months = LanguageTables.All
        .SelectMany(t => t.Months).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.First().Value);

    private static readonly Dictionary<string, string> Zones = LanguageTables.All
        .SelectMany(t => t.ZoneAbbreviations).GroupBy(kv => kv.Key.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First().Value);

    private static readonly string MonthAlternation =
        string.Join('|', Months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    private static readonly Regex DayMonthYear = new($@"\b(\d{{1,2}})(?:\.|st|nd|rd|th)?\s{{1,3}}({MonthAlternation})\.?,?\s{{1,3}}(\d{{4}})", Safe);
    private static readonly Regex MonthDayYear = new($@"\b({MonthAlternation})\.?\s{{1,3}}(\d{{1,2}})(?:st|nd|rd|th)?,?\s{{1,3}}(\d{{4}})", Safe);
    private static readonly Regex MonthDay = new($@"\b({MonthAlternation})\.?\s{{1,3}}(\d{{1,2}})\b", Safe);
    private static readonly Regex DayMonth = new($@"\b(\d{{1,2}})\.\s{{1,3}}({MonthAlternation})\b", Safe);
    private static readonly Regex ZoneName = new($@"\b({string.Join('|', Zones.Keys.OrderByDescending(k => k.Length))})\b", RegexOptions.CultureInvariant);

    /// <summary>Scans <paramref name="text"/>; null when it states no day. Slashed dates (<c>02/10/2020</c>) are not read.</summary>
    public static DateMention? Scan(string text, out string residue) => Scan(text, null, out residue);

    /// <summary>
    /// Scans <paramref name="text"/>, reading slashed dates too when <paramref name="slashes"/> says how they are
    /// ordered (web pages, whose locale tells); null when it states no day.
    /// </summary>
    public static DateMention? Scan(string text, DateOrder? slashes, out string residue)
    {
        // Every date and time pattern needs a digit (\d and char.IsDigit are both Unicode Nd): without one only a zone name can be taken.
        if (!HasDigit(text))
        {
            residue = text;
            Take(ZoneName, ref residue);
            return null;
        }
        var work = GluedYearAndTime().Replace(text, "$1 $2");
        DateMention? found = null;
        int? year = null, month = null, day = null;

        var monthWord = HasMonthWord(work); // without one, the four month patterns need not run
        if (Take(NumericDate(), ref work) is { } n)
        {
            (day, month, year) = (Num(n.Groups[1].Value), Num(n.Groups[2].Value), ExpandYear(n.Groups[3].Value));
        }
        else if (Take(IsoDate(), ref work) is { } iso)
        {
            (year, month, day) = (Num(iso.Groups[1].Value), Num(iso.Groups[2].Value), Num(iso.Groups[3].Value));
        }
        else if (slashes is { } order && Take(SlashedDate(), ref work) is { } sl)
        {
            var (a, b) = (Num(sl.Groups[1].Value), Num(sl.Groups[2].Value));
            var monthFirst = a > 12 ? false : b > 12 ? true : order switch { DateOrder.MonthFirst => true, DateOrder.DayFirst => false, _ => (bool?)null };
            if (monthFirst is bool mf) (day, month, year) = mf ? (b, a, ExpandYear(sl.Groups[3].Value)) : (a, b, ExpandYear(sl.Groups[3].Value));
        }
        else if (monthWord && Take(DayMonthYear, ref work) is { } dmy)
        {
            (day, month, year) = (Num(dmy.Groups[1].Value), Months[dmy.Groups[2].Value.ToLowerInvariant()], Num(dmy.Groups[3].Value));
        }
        else if (monthWord && Take(MonthDayYear, ref work) is { } mdy)
        {
            (month, day, year) = (Months[mdy.Groups[1].Value.ToLowerInvariant()], Num(mdy.Groups[2].Value), Num(mdy.Groups[3].Value));
        }
        else if (monthWord && Take(MonthDay, ref work) is { } md)
        {
            (month, day) = (Months[md.Groups[1].Value.ToLowerInvariant()], Num(md.Groups[2].Value));
        }
        else if (monthWord && Take(DayMonth, ref work) is { } dm)
        {
            (day, month) = (Num(dm.Groups[1].Value), Months[dm.Groups[2].Value.ToLowerInvariant()]);
        }

        var time = ScanTime(ref work);
        var zone = ScanZone(ref work);
        residue = work;
        if (month is int m && day is int d && IsValid(year, m, d))
            found = new DateMention(year, m, d, time, zone);
        return found;
    }

    /// <summary>
    /// Whether a run of letters in <paramref name="text"/> is a month name in any case: the month patterns match a
    /// month only as a whole run of letters (whitespace or a non-word character before it, a dot, comma, whitespace
    /// or non-word character after it). Letters are compared in a case folded by upper then lower case, which
    /// equates at least the letters the patterns' case-insensitive matching does.
    /// </summary>
    private static bool HasMonthWord(string text)
    {
        var months = Months.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> folded = stackalloc char[LongestMonth];
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i - start > LongestMonth) continue;
            for (var k = start; k < i; k++) folded[k - start] = char.ToLowerInvariant(char.ToUpperInvariant(text[k]));
            if (months.ContainsKey(folded[..(i - start)])) return true;
        }
        return false;
    }

    private static readonly int LongestMonth = Months.Keys.Max(k => k.Length);

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
            if (char.IsDigit(c)) return true;
        return false;
    }

    private static int Num(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsValid(int? year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year ?? 2024, month) && year is null or (>= 1900 and <= 2200);

    private static int ExpandYear(string y) => y.Length == 2 ? 2000 + Num(y) : Num(y);

    private static TimeOnly? ScanTime(ref string work)
    {
        if (Take(ClockTime(), ref work) is { } t)
        {
            var hour = Num(t.Groups[1].Value);
            var minute = Num(t.Groups[2].Value);
            return MakeTime(hour, minute, t.Groups[3].Value);
        }
        if (Take(HourOnly(), ref work) is { } h)
            return MakeTime(Num(h.Groups[1].Value), 0, h.Groups[2].Value);
        return null;
    }

    private static TimeOnly? MakeTime(int hour, int minute, string meridiem)
    {
        var m = meridiem.Replace(".", "").Replace(" ", "").ToLowerInvariant();
        if (m == "pm" && hour < 12) hour += 12;
        if (m == "am" && hour == 12) hour = 0;
        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    private static string? ScanZone(ref string work)
    {
        if (Take(GmtOffset(), ref work) is { } g)
        {
            var hours = Num(g.Groups[2].Value);
            var minutes = g.Groups[3].Success ? Num(g.Groups[3].Value) : 0;
            return $"{g.Groups[1].Value}{hours:00}:{minutes:00}";
        }
        if (Take(NumericOffset(), ref work) is { } o)
            return $"{o.Groups[1].Value}:{o.Groups[2].Value}";
        if (Take(ZoneName, ref work) is { } z)
            return Zones[z.Groups[1].Value.ToUpperInvariant()];
        return null;
    }

    /// <summary>Removes the first match from <paramref name="work"/> (blanked, so later patterns cannot reuse it).</summary>
    private static Match? Take(Regex regex, ref string work)
    {
        var m = regex.Match(work);
        if (!m.Success) return null;
        work = string.Concat(work.AsSpan(0, m.Index), new string(' ', m.Length), work.AsSpan(m.Index + m.Length));
        return m;
    }

    [GeneratedRegex(@"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b")]
    private static partial Regex NumericDate();

    /// <summary><c>02/10/2020</c>, <c>26/10/13</c>: two numbers and a year, slashed.</summary>
    [GeneratedRegex(@"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")]
    private static partial Regex SlashedDate();

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?:\s?(a\.\s?m\.?|p\.\s?m\.?|am|pm)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(\d{1,2})\s?(a\.\s?m\.?|p\.\s?m\.?|am|pm)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex HourOnly();

    [GeneratedRegex(@"(?:GMT|UTC)\s?([+-])(\d{1,2})(?::?(\d{2}))?")]
    private static partial Regex GmtOffset();

    [GeneratedRegex(@"(?<![\d.])([+-]\d{2}):?(\d{2})\b")]
    private static partial Regex NumericOffset();

    [GeneratedRegex(@"\b((?:19|20)\d{2})(\d{1,2}:\d{2})")]
    private static partial Regex GluedYearAndTime();
}
