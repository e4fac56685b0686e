using NewsArchive.Parsing.Extraction;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Quotes;

/// <summary>
/// The noun phrase that names a speaker next to a reporting verb: a pronoun (<c>er</c>, <c>she</c>), or
/// an optional article, modifiers and capitalised words (names, role nouns, <c>J.D.</c>), with a
/// genitive or <c>for/of</c> attachment (<c>Sprecher des Ministeriums</c>, <c>Bank of England Governor
/// Andrew Bailey</c>). Where nouns are capitalised (German) a lower-case word after the article is an
/// adjective and the phrase ends at its noun; elsewhere (English) lower-case nouns belong to a phrase
/// that opens with an article (<c>the senator</c>, <c>one analyst</c>). Punctuation and function words end it.
/// </summary>
internal static class NounPhrase
{
    private const int MaxTokens = 9;
    private const int MaxLowerWords = 3;
    private static readonly HashSet<string> Attachments = ["des", "der", "von", "for", "of", "at"];

    /// <summary>The phrase that starts at <paramref name="start"/>, as a token range, or null.</summary>
    public static (int First, int Last)? Forward(List<Token> tokens, int start, LanguageTable language)
    {
        if (start >= tokens.Count || !tokens[start].IsWord) return null;
        if (language.Pronouns.ContainsKey(tokens[start].Lower)) return (start, start);

        var hasArticle = language.SubjectDeterminers.Contains(tokens[start].Lower);
        var i = hasArticle ? start + 1 : start;
        int last = -1, lowerWords = 0;
        var sawNoun = false;
        while (i < tokens.Count && i - start < MaxTokens && tokens[i].IsWord)
        {
            var t = tokens[i];
            if (IsNameOrNoun(t, language)) { last = i++; sawNoun = true; continue; }
            if (sawNoun && Attachments.Contains(t.Lower) && StartsAttachment(tokens, i + 1, language))
            {
                i += language.Determiners.Contains(tokens[i + 1].Lower) ? 2 : 1;
                continue;
            }
            if (hasArticle && IsLowerWord(t, language) && lowerWords++ < MaxLowerWords)
            {
                if (language.NounsCapitalized && sawNoun) break;
                if (!language.NounsCapitalized) { last = i; sawNoun = true; }
                i++;
                continue;
            }
            break;
        }
        return last >= start ? (start, last) : null;
    }

    /// <summary>The phrase that ends just before token <paramref name="end"/>, or null.</summary>
    public static (int First, int Last)? Backward(List<Token> tokens, int end, LanguageTable language)
    {
        var last = end - 1;
        if (last < 0 || !tokens[last].IsWord) return null;
        if (language.Pronouns.ContainsKey(tokens[last].Lower)) return (last, last);

        int first = -1, i = last;
        var lowerSeen = false;
        while (i >= 0 && last - i < MaxTokens && tokens[i].IsWord)
        {
            var t = tokens[i];
            if (IsNameOrNoun(t, language)) { first = i--; continue; }
            if (IsArticle(t, language) && first >= 0)
            {
                first = i;
                var genitive = Attachments.Contains(t.Lower) && i > 0 && IsNameOrNoun(tokens[i - 1], language);
                if (!genitive) return (first, last);
                i--;
                continue;
            }
            if (Attachments.Contains(t.Lower) && first == i + 1 && i > 0 && IsNameOrNoun(tokens[i - 1], language)) { i--; continue; }
            if (IsLowerWord(t, language)) { lowerSeen = true; first = i--; continue; }
            break;
        }
        if (first < 0) return null;
        // Lower-case words belong to the phrase only when an article opens it ("the senator").
        if (lowerSeen)
        {
            var k = last;
            while (k >= first && IsNameOrNoun(tokens[k], language)) k--;
            first = k + 1;
            if (first > last) return null;
        }
        return (first, last);
    }

    public static bool IsNameOrNoun(Token t, LanguageTable language) =>
        t.IsWord && t.IsCapitalized && !language.Stopwords.Contains(t.Lower) && !language.SpeechVerbs.Contains(t.Lower);

    private static bool IsArticle(Token t, LanguageTable language) =>
        language.Determiners.Contains(t.Lower) || language.SubjectDeterminers.Contains(t.Lower);

    private static bool IsLowerWord(Token t, LanguageTable language) =>
        t.IsWord && !t.IsCapitalized && !language.Stopwords.Contains(t.Lower) && !language.SpeechVerbs.Contains(t.Lower)
        && !IsArticle(t, language) && t.Text.All(c => char.IsLetter(c) || c is '-' or '\'' or '’');

    private static bool StartsAttachment(List<Token> tokens, int i, LanguageTable language) =>
        i < tokens.Count && (IsNameOrNoun(tokens[i], language)
            || language.Determiners.Contains(tokens[i].Lower) && i + 1 < tokens.Count && IsNameOrNoun(tokens[i + 1], language));
}
