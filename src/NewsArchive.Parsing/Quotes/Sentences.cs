using NewsArchive.Parsing.Extraction;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Quotes;

/// <summary>
/// Sentence ends in a paragraph, ignoring everything inside quotation marks: a sentence ends at
/// <c>.</c>, <c>!</c> or <c>?</c> before a space and a capital or an opening mark, unless the dot closes
/// an abbreviation or an initial; and it ends after a closing mark when the quote itself ended with
/// such a mark and a new sentence follows (<c>"… können." Es sollen …</c>).
/// </summary>
internal static class Sentences
{
    public static List<int> Ends(string text, IReadOnlyList<QuoteSpan> spans, LanguageTable language)
    {
        var ends = new List<int>();
        var s = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (s < spans.Count && i == spans[s].Open)
            {
                var span = spans[s++];
                if (span.RunsOn) break;
                i = span.Close;
                var inner = text[..span.Close].TrimEnd();
                if (inner.Length > 0 && ".!?".Contains(inner[^1]) && StartsSentence(text, i + 1)) ends.Add(i + 1);
                continue;
            }
            if (".!?".Contains(text[i]) && (StartsSentence(text, i + 1) || Token.IsGluedSentenceEnd(text, i)) && !IsAbbreviation(text, i, language))
                ends.Add(i + 1);
        }
        return ends;
    }

    private static bool StartsSentence(string text, int i)
    {
        if (i >= text.Length) return true;
        if (text[i] != ' ') return false;
        var j = i;
        while (j < text.Length && text[j] == ' ') j++;
        return j < text.Length && (char.IsUpper(text[j]) || char.IsDigit(text[j]) || "„“\"»«‚‘(".Contains(text[j]));
    }

    /// <summary>One initial or several (<c>J</c>, <c>J.A</c>): capitals, each but the last followed by a dot.</summary>
    private static bool IsInitials(string word) =>
        word.Length % 2 == 1 && word.Select((c, i) => i % 2 == 0 ? char.IsUpper(c) : c == '.').All(x => x);

    private static bool IsAbbreviation(string text, int dot, LanguageTable language)
    {
        if (text[dot] != '.') return false;
        var start = dot;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var word = text[start..dot].TrimStart('(', '"', '„');
        // Initials are followed by more of the name ("J. D. Vance", "J.A. Elkins"), not by a quote mark or nothing ("auf X.").
        if (IsInitials(word)) return dot + 2 < text.Length && char.IsLetter(text[dot + 2]);
        if (word.Length is 1 or 2 && word.All(char.IsDigit)) return true; // an ordinal: "am 12. Februar"
        return language.Abbreviations.Contains(word.ToLowerInvariant());
    }
}
