using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Extraction;

/// <summary>
/// Tells the article's language by counting each table's function words in its text: a text
/// of news prose has dozens of them. Fewer than three hits in every language leaves it unknown.
/// </summary>
internal sealed class LanguageDetector : IExtractor
{
    private static readonly char[] Punctuation = [',', '.', ';', ':', '!', '?', '"', '„', '“', '”', '(', ')'];

    public void Extract(ExtractionContext context)
    {
        var words = context.Document.Unclaimed
            .SelectMany(b => b.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim(Punctuation).ToLowerInvariant())
            .ToList();
        var best = LanguageTables.All
            .Select(t => (Table: t, Hits: words.Count(t.Stopwords.Contains)))
            .OrderByDescending(x => x.Hits)
            .First();
        if (best.Hits < 3)
        {
            context.Diagnostics.Add("language: too few function words to tell the language");
            return;
        }
        context.Language = best.Table;
        context.LanguageCode = best.Table.Code;
    }
}
