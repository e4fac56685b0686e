namespace NewsArchive.Parsing.Dates;

/// <summary>
/// A date as the text states it: the year may be missing (wire datelines), so may the time; the zone
/// is what the text says (an IANA id for <c>ET</c>, a fixed offset for <c>EST</c> or <c>+0100</c>), or null.
/// </summary>
internal sealed record DateMention(int? Year, int Month, int Day, TimeOnly? Time, string? Zone);
