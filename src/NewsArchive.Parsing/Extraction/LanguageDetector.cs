using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Extraction;

/// <summary>
/// Tells the article's language by counting each table's function words in its text: a text
/// of news prose has dozens of them. Fewer than three hits in every language leaves it unknown.
/// </summary>
internal sealed class LanguageDetector : IExtractor
{
    private static readonly char[] Punctuation = [',', '.', ';', ':', '!', '?', '"', '„', '“', '”', '(', ')'];

    /// <summary>Each table's function words, looked up by span: the text is counted word by word without a string per word.</summary>
    private static readonly (LanguageTable Table, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words)[] Tables =
        [.. LanguageTables.All.Select(t => (t, new HashSet<string>(t.Stopwords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>()))];

    /// <summary>No function word is longer: a longer word is not looked up (lower case keeps a word's length).</summary>
    private static readonly int LongestWord = LanguageTables.All.SelectMany(t => t.Stopwords).Max(w => w.Length);

    public void Extract(ExtractionContext context)
    {
        var hits = new int[Tables.Length];
        Span<char> lower = stackalloc char[LongestWord];
        foreach (var block in context.Document.Unclaimed)
            foreach (var range in block.Text.AsSpan().Split(' '))
            {
                var word = block.Text.AsSpan(range).Trim(Punctuation);
                if (word.Length == 0 || word.Length > LongestWord) continue;
                var length = word.ToLowerInvariant(lower);
                for (var t = 0; t < Tables.Length; t++)
                    if (Tables[t].Words.Contains(lower[..length])) hits[t]++;
            }
        var best = (Table: Tables[0].Table, Hits: hits[0]);
        for (var t = 1; t < Tables.Length; t++)
            if (hits[t] > best.Hits) best = (Tables[t].Table, hits[t]);
        if (best.Hits < 3)
        {
            context.Diagnostics.Add("language: too few function words to tell the language");
            return;
        }
        context.Language = best.Table;
        context.LanguageCode = best.Table.Code;
    }
}
