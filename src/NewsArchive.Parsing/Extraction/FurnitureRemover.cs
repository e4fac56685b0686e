using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Extraction;

/// <summary>
/// Drops page furniture: button labels, ad markers, share bars, reading-time notes. Per the spec,
/// furniture goes only where it is a whole line, or a whole phrase of two or more words at the start
/// or end of a line that is not running text (<c>12.02.2025, 20:12 Uhr Artikel anhören</c>); never
/// inside a sentence ("Teilen der Bevölkerung"). Every language's table applies: a German page
/// copy can carry English buttons.
/// </summary>
internal sealed class FurnitureRemover : IExtractor
{
    private static readonly HashSet<string> Lines = [.. LanguageTables.All.SelectMany(t => t.FurnitureLines)];
    private static readonly string[] Prefixes = [.. LanguageTables.All.SelectMany(t => t.FurniturePrefixes)];
    private static readonly string[] Suffixes = [.. LanguageTables.All.SelectMany(t => t.FurnitureSuffixes)];
    private static readonly string[] Phrases = [.. Lines.Where(l => l.Contains(' ')).OrderByDescending(l => l.Length)];
    private static readonly int LongestLine = Lines.Max(l => l.Length);
    private static readonly char[] Edges = [' ', '|', '•', '·', '>', '»'];

    public void Extract(ExtractionContext context)
    {
        foreach (var block in context.Document.Unclaimed)
        {
            if (IsFurniture(block.Text)) { block.Kind = BlockKind.Furniture; continue; }
            block.Text = StripEdges(block.Text);
            if (IsFurniture(block.Text)) block.Kind = BlockKind.Furniture;
        }
    }

    public static bool IsFurniture(string text)
    {
        // A bar of buttons: "Artikel zum Hören • 5 Min", "Share | Save".
        if (text.AsSpan().ContainsAny('•', '|', '·')
            && text.Split(['•', '|', '·'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts)
            return parts.All(IsFurniture);
        // Running text: too long for a furniture line and of more than six words (lower case changes neither).
        var trimmed = text.AsSpan().Trim(Edges);
        if (trimmed.Length > LongestLine && trimmed.Count(' ') >= 6) return false;
        var lower = trimmed.ToString().ToLowerInvariant();
        if (Lines.Contains(lower)) return true;
        if (TextCounts.Pieces(lower) > 6) return false;
        return Prefixes.Any(p => lower.StartsWith(p, StringComparison.Ordinal)) || Suffixes.Any(p => lower == p || lower.EndsWith(" " + p, StringComparison.Ordinal));
    }

    private static string StripEdges(string text)
    {
        if (EndsSentence(text)) return text;
        foreach (var phrase in Phrases)
        {
            // The phrase closing the line after a space, or opening it before one (compared in place: this runs for every line and phrase).
            if (text.Length > phrase.Length + 1 && text[^(phrase.Length + 1)] == ' ' && text.AsSpan(text.Length - phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
                && char.IsUpper(text[^phrase.Length]))
                return text[..^(phrase.Length + 1)].TrimEnd();
            if (text.Length > phrase.Length + 1 && text[phrase.Length] == ' ' && text.AsSpan(0, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
                && char.IsUpper(text[0]))
                return text[(phrase.Length + 1)..].TrimStart();
        }
        return text;
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' && TextCounts.Pieces(text) > 12;
}
