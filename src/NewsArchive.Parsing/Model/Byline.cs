namespace NewsArchive.Parsing.Model;

/// <summary>Byline and source lines: authors, the publishing outlet and the agencies credited, kept apart.</summary>
public sealed record Byline(string? Text, IReadOnlyList<string> Authors, string? Publisher, IReadOnlyList<string> Agencies);
