using System.Globalization;
using System.Text.RegularExpressions;
using NewsArchive.Parsing.Dates;

namespace NewsArchive.Parsing.Html;

/// <summary>
/// The publication day many CMSs write into the article's address: <c>/2019/10/16/</c>,
/// <c>/2019-10-16-title</c>, <c>_20191016_</c>, <c>/16-10-2019-title</c>, <c>/2020/oct/02/</c>. Only the path of the page's own
/// canonical address is read (never a guessed one: a saved file has no other), and only a full day counts:
/// <c>/2019/10/</c> states no day and gives nothing. A day has no time, so no zone is needed.
/// </summary>
internal static partial class UrlDates
{
    public static DateMention? Find(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var path = uri.AbsolutePath;
        if (path.Length > 2000) return null;
        return First(YearMonthDay(), path, 1, 2, 3) ?? First(Compact(), path, 1, 2, 3) ?? First(DayMonthYear(), path, 3, 2, 1) ?? NamedMonth(path);
    }

    /// <summary><c>/2020/oct/02/</c>: the month by its name or abbreviation in any known language.</summary>
    private static DateMention? NamedMonth(string path)
    {
        foreach (Match m in YearNamedMonthDay().Matches(path))
            if (Months.TryGetValue(m.Groups[2].Value.ToLowerInvariant(), out var month)
                && Num(m.Groups[3].Value) is var day && day >= 1 && day <= DateTime.DaysInMonth(Num(m.Groups[1].Value), month))
                return new DateMention(Num(m.Groups[1].Value), month, day, null, null);
        return null;
    }

    private static readonly Dictionary<string, int> Months = Languages.LanguageTables.All
        .SelectMany(t => t.Months).GroupBy(kv => kv.Key.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First().Value);

    private static DateMention? First(Regex regex, string path, int year, int month, int day)
    {
        foreach (Match m in regex.Matches(path))
            if (Make(m, year, month, day) is { } date) return date;
        return null;
    }

    private static DateMention? Make(Match m, int year, int month, int day)
    {
        var (y, mo, d) = (Num(m.Groups[year].Value), Num(m.Groups[month].Value), Num(m.Groups[day].Value));
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateMention(y, mo, d, null, null) : null;
    }

    private static int Num(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    /// <summary><c>/2019/10/16/</c>, <c>/2019-10-16</c>, <c>/2019_10_16</c>: year, month and day as path parts or one part.</summary>
    [GeneratedRegex(@"(?<!\d)((?:199|20[0-4])\d)[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)")]
    private static partial Regex YearMonthDay();

    /// <summary><c>/2020/oct/02/</c>: year, a month word, day, as three path parts.</summary>
    [GeneratedRegex(@"/((?:199|20[0-4])\d)/([A-Za-z]{3,9})/(\d{1,2})(?:/|$)")]
    private static partial Regex YearNamedMonthDay();

    /// <summary><c>20191016</c> standing apart from other digits.</summary>
    [GeneratedRegex(@"(?<!\d)((?:199|20[0-4])\d)(\d{2})(\d{2})(?!\d)")]
    private static partial Regex Compact();

    /// <summary><c>16-10-2019</c> or <c>16.10.2019</c> standing apart from other digits.</summary>
    [GeneratedRegex(@"(?<!\d)(\d{2})[.-](\d{2})[.-]((?:199|20[0-4])\d)(?!\d)")]
    private static partial Regex DayMonthYear();
}
