namespace NewsArchive.Parsing;

/// <summary>
/// What the caller knows that the text may not say: the zone to place times in when the input
/// states none (after stated zones, before outlet and language zones), and the day the article was
/// read, which gives year-less and relative dates a year.
/// </summary>
public sealed record ParseOptions(TimeZoneInfo? TimeZone = null, DateOnly? ReferenceDate = null)
{
    public static ParseOptions Default { get; } = new();
}
