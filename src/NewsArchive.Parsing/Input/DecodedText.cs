namespace NewsArchive.Parsing.Input;

/// <summary>
/// Text decoded from input bytes, with the WHATWG label of the encoding that was used, and what was
/// repaired on the way (a diagnostic), if anything.
/// </summary>
public sealed record DecodedText(string Text, string Encoding, string? Repair = null);
