namespace NewsArchive.Parsing.Input;

/// <summary>Text decoded from input bytes, with the WHATWG label of the encoding that was used.</summary>
public sealed record DecodedText(string Text, string Encoding);
