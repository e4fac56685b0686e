namespace NewsArchive.Parsing.Model;

/// <summary>
/// A direct quotation inside one paragraph. <see cref="Start"/> and <see cref="Length"/> count UTF-16
/// code units, so <c>paragraphs[Paragraph].Substring(Start, Length) == Text</c>.
/// </summary>
public sealed record Quote(
    string Text,
    string? Speaker,
    string? Mention,
    string? Cue,
    string Attribution,
    bool Partial,
    int Paragraph,
    int Start,
    int Length);

/// <summary>How a quote's speaker was found (the spec's <c>attribution</c> values).</summary>
public static class Attributions
{
    public const string Cue = "cue";
    public const string Continuation = "continuation";
    public const string Pronoun = "pronoun";
    public const string Role = "role";
    public const string None = "none";
}
