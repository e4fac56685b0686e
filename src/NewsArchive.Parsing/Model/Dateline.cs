namespace NewsArchive.Parsing.Model;

/// <summary>Publication line and wire dateline. Dates are ISO 8601 strings, instants with their offset.</summary>
public sealed record Dateline(string? Text, string? Wire, string? Location, string? Published, string? Modified)
{
    public static Dateline Empty { get; } = new(null, null, null, null, null);
}
