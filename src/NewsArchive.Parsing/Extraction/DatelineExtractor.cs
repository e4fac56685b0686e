using NewsArchive.Parsing.Dates;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Extraction;

/// <summary>
/// Finds the line that states when the article was published and, where the copy says so, updated:
/// a short line near the top that is a date and little else (<c>12.02.2025, 20:12 Uhr</c>,
/// <c>Stand: 12.02.2025 18:05 Uhr</c>, <c>Updated 3:45 PM EST, February 12, 2025</c>). A date after an
/// update label (<c>aktualisiert am</c>, <c>Updated</c>) is the modification date; a line with only
/// an update gives no publication date, since the first publication is not stated.
/// </summary>
internal sealed class DatelineExtractor : IExtractor
{
    private const int HeaderDepth = 14;
    private const int MaxLength = 160;
    private static readonly string[] UpdateLabels = [.. LanguageTables.All.SelectMany(t => t.UpdateLabels).OrderByDescending(l => l.Length)];
    private static readonly string[] Labels = [.. LanguageTables.All.SelectMany(t => t.PublishedLabels.Concat(t.UpdateLabels)).OrderByDescending(l => l.Length)];
    private static readonly HashSet<string> Filler =
        [.. LanguageTables.All.SelectMany(t => t.Weekdays.Concat(t.ClockWords).Concat(t.RelativeTimeWords)), "um", "at", "am", "on", "der", "the", "of", "und", "and"];

    public void Extract(ExtractionContext context)
    {
        foreach (var block in context.Document.Blocks.Take(HeaderDepth))
        {
            if (block.Kind != BlockKind.Unknown || block.Text.Length > MaxLength || WireDatelineExtractor.IsStandalone(block.Text)) continue;
            if (!TryRead(block.Text, out var published, out var modified)) continue;
            if (context.DatelineText is not null && (published is not null || modified is null)) continue;

            block.Kind = BlockKind.Dateline;
            if (published is not null || context.DatelineText is null) context.DatelineText = block.Text;
            context.Published ??= published;
            context.Modified ??= modified;
        }
        if (context.Published is not null) context.Provenance.TryAdd("dateline.published", "text");
        if (context.Modified is not null) context.Provenance.TryAdd("dateline.modified", "text");
    }

    /// <summary>Reads a dateline; false when the line is not one (no date, or too many other words).</summary>
    public static bool TryRead(string text, out DateMention? published, out DateMention? modified)
    {
        published = modified = null;
        var (before, after) = SplitAtUpdateLabel(text);
        var residueWords = 0;
        var sawDate = false;
        if (before.Length > 0)
        {
            published = DateScanner.Scan(before, out var residue);
            residueWords += CountWords(residue);
            sawDate |= published is not null;
        }
        if (after is not null)
        {
            modified = DateScanner.Scan(after, out var residue);
            residueWords += CountWords(residue);
            sawDate |= modified is not null || HasRelativeTime(after);
        }
        return sawDate && residueWords <= 2;
    }

    private static bool HasRelativeTime(string text) => text.Any(char.IsDigit);

    private static (string Before, string? After) SplitAtUpdateLabel(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var label in UpdateLabels)
        {
            var i = lower.IndexOf(label, StringComparison.Ordinal);
            if (i < 0) continue;
            if (i > 0 && char.IsLetter(lower[i - 1])) continue;
            return (text[..i], text[(i + label.Length)..]);
        }
        return (text, null);
    }

    private static int CountWords(string residue)
    {
        var lower = residue.ToLowerInvariant();
        foreach (var label in Labels) lower = lower.Replace(label, " ");
        return lower.Split([' ', ',', '|', '-', '–', '—', '/', '(', ')', ':', '.', '·', '•'], StringSplitOptions.RemoveEmptyEntries)
            .Count(w => w.Any(char.IsLetterOrDigit) && !Filler.Contains(w) && !w.All(char.IsDigit));
    }
}
