using System.Globalization;

namespace NewsArchive.Parsing.Dates;

/// <summary>
/// Writes a <see cref="DateMention"/> as the spec's ISO 8601 value. The offset comes, in this order,
/// from the zone the text states, the <c>--timezone</c> option, the outlet's home zone, the
/// language's home zone; else the time is written as local time without offset. Daylight saving is
/// the zone's rule for that date. A date without a year takes the latest such date not after the
/// reference date, and is null without one: no year is ever invented.
/// </summary>
internal static class DateFormatter
{
    public static (string? Value, string? OffsetSource) Format(
        DateMention mention, TimeZoneInfo? option, string? outletZone, string? languageZone, DateOnly? reference)
    {
        if (ResolveDate(mention, reference) is not DateOnly date) return (null, null);
        if (mention.Time is not TimeOnly time) return (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);

        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (mention.Zone == IsoDate.Utc && SiteZone(option, outletZone, languageZone) is { } site)
        {
            var (there, siteOffset) = InZone(local, site.Zone);
            return (there.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + FormatOffset(siteOffset), site.Source);
        }
        var (offset, source) =
            mention.Zone is { } stated ? (OffsetOf(stated, local), "input")
            : option is not null ? (option.GetUtcOffset(local), "option")
            : outletZone is not null ? (OffsetOf(outletZone, local), "outlet")
            : languageZone is not null ? (OffsetOf(languageZone, local), "language")
            : ((TimeSpan?)null, (string?)null);

        var text = local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return offset is TimeSpan o ? (text + FormatOffset(o), source) : (text, null);
    }

    /// <summary>
    /// The day a reader of the site sees for <paramref name="mention"/>: a UTC instant (<c>Z</c>) moved into
    /// <paramref name="siteZone"/> where it is known, any other date as stated. Null without a year.
    /// </summary>
    public static DateOnly? LocalDay(DateMention mention, string? siteZone)
    {
        if (mention.Year is not int y) return null;
        var date = new DateOnly(y, mention.Month, mention.Day);
        if (mention.Zone != IsoDate.Utc || mention.Time is not TimeOnly time || siteZone is null
            || !TimeZoneInfo.TryFindSystemTimeZoneById(siteZone, out var tz)) return date;
        return DateOnly.FromDateTime(InZone(date.ToDateTime(time, DateTimeKind.Unspecified), tz).Local);
    }

    /// <summary>
    /// The zone a UTC instant is shown in, by the same order as an offset for local times (option, outlet,
    /// language): a page that writes <c>Z</c> states the instant, not where its readers are, and the day they
    /// see is the one in their zone. Null when no zone is known: the instant then stays at <c>+00:00</c>.
    /// </summary>
    private static (TimeZoneInfo Zone, string Source)? SiteZone(TimeZoneInfo? option, string? outletZone, string? languageZone)
    {
        if (option is not null) return (option, "option");
        foreach (var (zone, source) in (ReadOnlySpan<(string? Zone, string Source)>)[(outletZone, "outlet"), (languageZone, "language")])
            if (zone is not null && zone[0] is not ('+' or '-') && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var tz)) return (tz, source);
        return null;
    }

    private static (DateTime Local, TimeSpan Offset) InZone(DateTime utc, TimeZoneInfo zone)
    {
        var asUtc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return (DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(asUtc, zone), DateTimeKind.Unspecified), zone.GetUtcOffset(asUtc));
    }

    private static DateOnly? ResolveDate(DateMention m, DateOnly? reference)
    {
        if (m.Year is int y) return new DateOnly(y, m.Month, m.Day);
        if (reference is not DateOnly r) return null;
        for (var year = r.Year; year >= r.Year - 1; year--)
        {
            if (m.Day > DateTime.DaysInMonth(year, m.Month)) continue;
            var candidate = new DateOnly(year, m.Month, m.Day);
            if (candidate <= r) return candidate;
        }
        return null;
    }

    /// <summary>A zone is either a fixed offset (<c>-05:00</c>) or an IANA id, whose offset depends on the date.</summary>
    private static TimeSpan? OffsetOf(string zone, DateTime local)
    {
        if (zone[0] is '+' or '-')
            return TimeSpan.ParseExact(zone[1..], @"hh\:mm", CultureInfo.InvariantCulture) * (zone[0] == '-' ? -1 : 1);
        return TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var tz) ? tz.GetUtcOffset(local) : null;
    }

    private static string FormatOffset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
