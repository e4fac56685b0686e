using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Parsing.Dates;

/// <summary>
/// Reads the machine dates pages carry (JSON-LD, meta tags, <c>&lt;time datetime&gt;</c>): ISO 8601
/// with or without a time, seconds, fraction and offset (<c>2019-10-16</c>, <c>2019-10-16T08:00:00+02:00</c>,
/// <c>2019-10-16 08:00:00Z</c>, <c>+0200</c>), and the compact <c>20191016</c>. The offset is kept as the page states it.
/// </summary>
internal static partial class IsoDate
{
    public static DateMention? Parse(string? value)
    {
        if (value is null) return null;
        var m = Iso().Match(value.Trim());
        if (!m.Success) return null;
        var (year, month, day) = (Num(m.Groups[1].Value), Num(m.Groups[2].Value), Num(m.Groups[3].Value));
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        TimeOnly? time = null;
        if (m.Groups[4].Success)
        {
            var (h, min, s) = (Num(m.Groups[4].Value), Num(m.Groups[5].Value), m.Groups[6].Success ? Num(m.Groups[6].Value) : 0);
            if (h > 23 || min > 59 || s > 59) return null;
            time = new TimeOnly(h, min, s);
        }
        return new DateMention(year, month, day, time, time is null ? null : Zone(m.Groups[7]));
    }

    private static string? Zone(Group g)
    {
        if (!g.Success) return null;
        if (g.Value is "Z" or "z") return "+00:00";
        var digits = g.Value[1..].Replace(":", "", StringComparison.Ordinal);
        return digits.Length == 4 && Num(digits[..2]) <= 14 && Num(digits[2..]) <= 59 ? $"{g.Value[0]}{digits[..2]}:{digits[2..]}" : null;
    }

    private static int Num(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d{1,9})?)? ?(Z|z|[+-]\d{2}:?\d{2})?)?(?:$|[^\d])")]
    private static partial Regex Iso();
}
