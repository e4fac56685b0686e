using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Parsing.Dates;

/// <summary>
/// Reads the machine dates pages carry (JSON-LD, meta tags, <c>&lt;time datetime&gt;</c>): ISO 8601
/// with or without a time, seconds, fraction and offset (<c>2019-10-16</c>, <c>2019-10-16T08:00:00+02:00</c>,
/// <c>2019-10-16 08:00:00Z</c>, <c>+0200</c>), the compact <c>20191016</c>, slashes (<c>2019/10/16</c>), and
/// the day-first numeric form CMSs put in the same places (<c>16.10.2019 18:00</c>). The offset is kept as
/// the page states it; <c>Z</c> becomes the zone <see cref="Utc"/>, so a later step can tell a UTC instant
/// (which it may write in the site's zone) from an explicit <c>+00:00</c> (which it keeps).
/// </summary>
internal static partial class IsoDate
{
    /// <summary>The zone of a value stated with <c>Z</c>: an IANA id the formatter reads as <c>+00:00</c>.</summary>
    public const string Utc = "UTC";

    public static DateMention? Parse(string? value)
    {
        if (value is null) return null;
        var text = value.Trim();
        if (text.Length is 0 or > 64) return null;
        if (Iso().Match(text) is { Success: true } m)
            return Make(Num(m.Groups[1].Value), Num(m.Groups[2].Value), Num(m.Groups[3].Value), m.Groups[4], m.Groups[5], m.Groups[6], m.Groups[7]);
        if (DayFirst().Match(text) is { Success: true } d)
            return Make(Num(d.Groups[3].Value), Num(d.Groups[2].Value), Num(d.Groups[1].Value), d.Groups[4], d.Groups[5], d.Groups[6], d.Groups[7]);
        return null;
    }

    private static DateMention? Make(int year, int month, int day, Group hour, Group minute, Group second, Group zone)
    {
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        TimeOnly? time = null;
        if (hour.Success)
        {
            var (h, min, s) = (Num(hour.Value), Num(minute.Value), second.Success ? Num(second.Value) : 0);
            if (h > 23 || min > 59 || s > 59) return null;
            time = new TimeOnly(h, min, s);
        }
        return new DateMention(year, month, day, time, time is null ? null : Zone(zone));
    }

    private static string? Zone(Group g)
    {
        if (!g.Success) return null;
        if (g.Value is "Z" or "z") return Utc;
        var digits = g.Value[1..].Replace(":", "", StringComparison.Ordinal);
        return digits.Length == 4 && Num(digits[..2]) <= 14 && Num(digits[2..]) <= 59 ? $"{g.Value[0]}{digits[..2]}:{digits[2..]}" : null;
    }

    private static int Num(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    /// <summary>Year first: <c>2019-10-16</c>, <c>20191016</c>, <c>2019/10/16</c>, each with an optional time and offset.</summary>
    [GeneratedRegex(@"^(\d{4})[-/]?(\d{2})[-/]?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d{1,9})?)? ?(Z|z|[+-]\d{2}:?\d{2})?)?(?:$|[^\d])")]
    private static partial Regex Iso();

    /// <summary>Day first, as German CMSs write machine dates: <c>16.10.2019</c>, <c>16.10.2019 18:00</c>.</summary>
    [GeneratedRegex(@"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))? ?(Z|[+-]\d{2}:?\d{2})?)?(?:$|[^\d])")]
    private static partial Regex DayFirst();
}
