namespace NewsArchive.Parsing.Extraction;

/// <summary>Counts of space-separated pieces without splitting (rules ask for them on every paragraph).</summary>
internal static class TextCounts
{
    /// <summary>What <c>text.Split(' ').Length</c> gives: spaces plus one, empty pieces included.</summary>
    public static int Pieces(string text) => text.AsSpan().Count(' ') + 1;

    /// <summary>What <c>text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length</c> gives: runs of non-space characters.</summary>
    public static int Words(string text)
    {
        var words = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) words++;
        return words;
    }
}
