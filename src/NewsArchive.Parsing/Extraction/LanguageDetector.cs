using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Extraction;

/// <summary>
/// Tells the article's language by counting each table's function words in its text: a text
/// of news prose has dozens of them. Fewer than three hits in every language leaves it unknown.
/// </summary>
internal sealed class LanguageDetector : IExtractor
{
    private static readonly char[] Punctuation = [',', '.', ';', ':', '!', '?', '"', '„', '“', '”', '(', ')'];

    /// <summary>
    /// Every table's function words, each with the tables it belongs to as bits (table i: bit i), looked up by span:
    /// the text is counted word by word with one look-up and no string per word.
    /// </summary>
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> TablesOf = LanguageTables.All
        .SelectMany((t, i) => t.Stopwords.Select(w => (Word: w, Bit: 1 << i)))
        .GroupBy(x => x.Word, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Aggregate(0, (mask, x) => mask | x.Bit), StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>No function word is longer: a longer word is not looked up (lower case keeps a word's length).</summary>
    private static readonly int LongestWord = LanguageTables.All.SelectMany(t => t.Stopwords).Max(w => w.Length);

    public void Extract(ExtractionContext context)
    {
        var tables = LanguageTables.All;
        var hits = new int[tables.Count];
        Span<char> lower = stackalloc char[LongestWord];
        foreach (var block in context.Document.Unclaimed)
            foreach (var range in block.Text.AsSpan().Split(' '))
            {
                var word = block.Text.AsSpan(range).Trim(Punctuation);
                if (word.Length == 0 || word.Length > LongestWord) continue;
                var length = word.ToLowerInvariant(lower);
                if (!TablesOf.TryGetValue(lower[..length], out var mask)) continue;
                for (var t = 0; t < tables.Count; t++)
                    if ((mask & (1 << t)) != 0) hits[t]++;
            }
        var best = (Table: tables[0], Hits: hits[0]);
        for (var t = 1; t < tables.Count; t++)
            if (hits[t] > best.Hits) best = (tables[t], hits[t]);
        if (best.Hits < 3)
        {
            context.Diagnostics.Add("language: too few function words to tell the language");
            return;
        }
        context.Language = best.Table;
        context.LanguageCode = best.Table.Code;
    }
}
