using NewsArchive.Parsing.Input;

namespace NewsArchive.Parsing.Document;

/// <summary>
/// Reads copied plain text into blocks. A line is a block, except in hard-wrapped text (wire copy,
/// old archives), where lines are joined into paragraphs: a paragraph ends at a blank line, before an
/// indented line, or after a line the next word would have fitted on (unless that word is lower case). A word hyphenated across the
/// break is rejoined (<c>Bevöl-/kerung</c>); a hyphen before a capital stays (<c>US-/Präsident</c>).
/// </summary>
internal static class PlainTextReader
{
    public static SourceDocument Read(string normalizedText)
    {
        var lines = normalizedText.Split('\n');
        var width = WrapWidth(lines);
        return new SourceDocument("text", width is int w ? Unwrap(lines, w) : OneBlockPerLine(lines));
    }

    private static List<Block> OneBlockPerLine(string[] lines) =>
        [.. lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => new Block(TextNormalizer.CollapseWhitespace(l)))];

    private static List<Block> Unwrap(string[] lines, int width)
    {
        var blocks = new List<Block>();
        var current = new List<string>();
        void Flush()
        {
            if (current.Count > 0) blocks.Add(new Block(Join(current)));
            current.Clear();
        }
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Length == 0) { Flush(); continue; }
            if (current.Count > 0 && IsIndented(line)) Flush();
            current.Add(line.Trim());
            var next = i + 1 < lines.Length ? lines[i + 1].Trim() : "";
            if (next.Length > 0 && EndsParagraph(line.Trim(), next, width)) Flush();
        }
        Flush();
        return blocks;
    }

    /// <summary>
    /// A line ends its paragraph when the next line's first word would have fitted after it, unless that
    /// word is in lower case: no paragraph opens so (<c>"…five points," / said Roffman</c>).
    /// </summary>
    private static bool EndsParagraph(string line, string next, int width)
    {
        if (char.IsLower(next[0])) return false;
        var firstWord = next.Split(' ', 2)[0];
        var room = width - line.Length - 1;
        return firstWord.Length < room - 2 && (line.Length < width * 0.6 || EndsSentence(line));
    }

    private static bool EndsSentence(string line) => line.Length > 0 && ".!?:\"“”»«'’)".Contains(line[^1]);

    private static string Join(List<string> parts)
    {
        var text = parts[0];
        for (var i = 1; i < parts.Count; i++)
        {
            var next = parts[i];
            if (text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]))
                text = char.IsLower(next[0]) ? text[..^1] + next : text + next;
            else
                text = text + " " + next;
        }
        return TextNormalizer.CollapseWhitespace(text);
    }

    private static bool IsIndented(string line) => line.Length > 1 && line[0] == ' ' && line[1] == ' ';

    /// <summary>
    /// The column text was wrapped at, or null when lines are not hard-wrapped: wrapped text has
    /// lines of similar length (at most ~100 columns) and breaks mid-sentence far more often than not.
    /// </summary>
    private static int? WrapWidth(string[] lines)
    {
        var lengths = lines.Select(l => l.TrimEnd().Length).Where(n => n > 0).ToList();
        if (lengths.Count < 3) return null;
        var sorted = lengths.Order().ToList();
        var p90 = sorted[(int)(sorted.Count * 0.9)];
        if (p90 > 100 || p90 < 45) return null;
        int longLines = 0, midSentence = 0, tooLong = 0;
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 110) tooLong++;
            if (line.Length < p90 * 0.75) continue;
            longLines++;
            if (lines[i + 1].Trim().Length > 0 && !EndsSentence(line)) midSentence++;
        }
        if (tooLong > 1 || longLines < 2 || midSentence < longLines * 0.4) return null;
        return sorted[^Math.Max(1, sorted.Count / 20)];
    }
}
