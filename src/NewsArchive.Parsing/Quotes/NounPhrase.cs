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
    private const int MaxTokens = 14;
    private const int MaxLowerWords = 3;

    /// <summary>The phrase that starts at <paramref name="start"/>, as a token range, or null.</summary>
    /// <param name="anyCase">Accept any article, not only a subject's (after a cue phrase: <c>nach Angaben des Ministeriums</c>).</param>
    public static (int First, int Last)? Forward(List<Token> tokens, int start, LanguageTable language, bool anyCase = false)
    {
        if (start >= tokens.Count || !tokens[start].IsWord) return null;
        // A pronoun that is also a determiner is one before its noun: "dieser Tage", not "sagte dieser, dass".
        if (language.Pronouns.ContainsKey(tokens[start].Lower)
            && !(language.Determiners.Contains(tokens[start].Lower) && start + 1 < tokens.Count && tokens[start + 1].IsCapitalized))
            return (start, start);
        // One of a group: "einer der Organisatoren", "one of the organisers".
        if (language.OneOf.Contains(tokens[start].Lower) && start + 1 < tokens.Count && language.AttachmentWords.Contains(tokens[start + 1].Lower)
            && Forward(tokens, language.Determiners.Contains(tokens[start + 1].Lower) ? start + 1 : start + 2, language, anyCase: true) is { } group)
            return (start, group.Last);

        var hasArticle = language.SubjectDeterminers.Contains(tokens[start].Lower) || anyCase && language.Determiners.Contains(tokens[start].Lower);
        var i = hasArticle ? start + 1 : start;
        int last = -1, lowerWords = 0;
        var sawNoun = false;
        while (i < tokens.Count && i - start < MaxTokens && (tokens[i].IsWord || tokens[i].Text == "(" || hasArticle && i == start + 1))
        {
            var t = tokens[i];
            if (IsNameOrNoun(t, language)) { last = i++; sawNoun = true; continue; }
            // A name in quotation marks after the article: die „Computerwoche“.
            if (hasArticle && !sawNoun && i == start + 1 && QuotedName(tokens, i) is int shut and > 0) { last = shut; break; }
            // A role between an organisation and a name: "Amsterdam Stock Exchange spokesman Boudewijn van Ittersum",
            // "Midland Bank treasury economist David Simmonds".
            if (sawNoun && !language.NounsCapitalized && RoleBeforeName(tokens, i, language) is int name and > 0) { i = name; continue; }
            if (sawNoun && Names.IsParticle(tokens, i)) { i++; continue; }
            // A name that opens with a capitalised article: "der Partei Die Linke", "der Zeitung Die Welt".
            if (sawNoun && t.IsCapitalized && IsArticle(t, language) && i + 1 < tokens.Count && IsNameOrNoun(tokens[i + 1], language)) { i++; continue; }
            if (sawNoun && Parenthetical(tokens, i) is int after and > 0) { i = after; continue; }
            // "Ministry of International Trade and Industry": a conjunction between capitalised words.
            if (sawNoun && language.Conjunctions.Contains(t.Lower) && i + 1 < tokens.Count && IsNameOrNoun(tokens[i + 1], language)) { i++; continue; }
            if (!hasArticle && !sawNoun && (IsLowerWord(t, language) || i > start && language.Conjunctions.Contains(t.Lower)) && NameFollows(tokens, i, language)) { i++; continue; }
            if (sawNoun && language.NameLinks.Contains(t.Lower) && i + 1 < tokens.Count && IsNameOrNoun(tokens[i + 1], language)
                && !language.Weekdays.Contains(tokens[i + 1].Lower) && !language.Months.ContainsKey(tokens[i + 1].Lower)) { i++; continue; }
            if (sawNoun && language.AttachmentWords.Contains(t.Lower) && AttachedNoun(tokens, i + 1, language) is int noun and > 0)
            {
                i = noun;
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
        return last >= start ? (start, WithAppositionName(tokens, start, last, language)) : null;
    }

    /// <summary>The closing mark of up to four capitalised words in quotation marks that open at <paramref name="i"/>, or -1.</summary>
    private static int QuotedName(List<Token> tokens, int i)
    {
        if (!tokens[i].OpensQuote) return -1;
        var k = i + 1;
        while (k < tokens.Count && k - i <= 4 && tokens[k].IsWord && tokens[k].IsCapitalized) k++;
        return k > i + 1 && k < tokens.Count && tokens[k].Text is "“" or "”" or "\"" or "«" or "»" ? k : -1;
    }

    /// <summary>
    /// A described speaker followed by their name in apposition: <c>der Vorsitzende des Verbands, Elmar
    /// Gesse</c>. The phrase grows to take the name when two or more name words stand between commas
    /// (or a comma and the end of the clause).
    /// </summary>
    public static int WithAppositionName(List<Token> tokens, int first, int last, LanguageTable language)
    {
        var comma = AsideEnd(tokens, last + 1, language);
        if (comma + 2 >= tokens.Count + 1 || comma >= tokens.Count || tokens[comma].Text != ",") return last;
        if (!tokens[first..(last + 1)].Any(t => Roles.HeadOf(t, language) is not null || IsArticle(t, language))) return last;
        var start = comma + 1;
        // A described name: "Das Staatsoberhaupt Neuseelands, die britische Königin Elisabeth II., bat …".
        var described = start;
        if (described < tokens.Count && IsArticle(tokens[described], language)) described++;
        while (described < tokens.Count && described - start < 4 && IsLowerWord(tokens[described], language)) described++;
        if (described < tokens.Count && Roles.HeadOf(tokens[described], language) is not null) start = described + 1;
        var end = start;
        while (end < tokens.Count && (Names.IsNameWord(tokens[end], language) || Names.IsParticle(tokens, end))) end++;
        var names = end - start;
        var closes = end == tokens.Count || !tokens[end].IsWord || language.SpeechVerbs.Contains(tokens[end].Lower)
                     || !tokens[end].IsCapitalized; // "…, General George Casey heute in Bagdad", "…, Volker Beck das Pontifikat"
        return names >= 2 && closes ? end - 1 : last;
    }

    /// <summary>
    /// Past a short aside after a described speaker, to where a name in apposition may follow: an acronym in parentheses
    /// (<c>der Afrikanischen Union (AU)</c>), a place or body after a preposition (<c>der Unionsfraktion im Bundestag</c>).
    /// </summary>
    private static int AsideEnd(List<Token> tokens, int i, LanguageTable language)
    {
        if (i < tokens.Count && tokens[i].Text == "(")
        {
            var close = tokens.FindIndex(i, Math.Min(6, tokens.Count - i), t => t.Text == ")");
            if (close > 0) i = close + 1;
        }
        if (i < tokens.Count && language.Prepositions.Contains(tokens[i].Text))
        {
            var k = i + 1;
            while (k < tokens.Count && k - i <= 5 && tokens[k].IsWord && (tokens[k].IsCapitalized || language.Determiners.Contains(tokens[k].Lower) || IsLowerWord(tokens[k], language))) k++;
            if (k < tokens.Count && tokens[k].Text == "," && k > i + 1) i = k;
        }
        return i;
    }

    /// <summary>Lower-case words lead into a name without an article: <c>chief executive Dana Okafor</c>.</summary>
    private static bool NameFollows(List<Token> tokens, int i, LanguageTable language)
    {
        // "chairman and president Jack Reichert": roles joined by a conjunction.
        for (var k = i; k < tokens.Count && k <= i + 4; k++)
        {
            if (IsNameOrNoun(tokens[k], language)) return Roles.HeadOf(tokens[i], language) is not null || Roles.HeadOf(tokens[k - 1], language) is not null;
            if (!IsLowerWord(tokens[k], language) && !language.Conjunctions.Contains(tokens[k].Lower)) return false;
        }
        return false;
    }

    /// <summary>The phrase that ends just before token <paramref name="end"/>, or null.</summary>
    public static (int First, int Last)? Backward(List<Token> tokens, int end, LanguageTable language)
    {
        var last = SkipParenthetical(tokens, end) - 1;
        for (var skipped = 0; skipped < 2 && last > 0 && language.Adverbs.Contains(tokens[last].Lower); skipped++) last--;
        if (last < 0 || !tokens[last].IsWord) return null;
        if (language.Pronouns.ContainsKey(tokens[last].Lower)) return (last, last);

        int first = -1, i = last;
        var lowerSeen = false;
        while (i >= 0 && last - i < MaxTokens && tokens[i].IsWord)
        {
            var t = tokens[i];
            if (IsNameOrNoun(t, language)) { first = i--; continue; }
            if (first >= 0 && Names.IsParticle(tokens, i)) { i--; continue; }
            // "Merrill Lynch and Co": a conjunction between capitalised words.
            if (first >= 0 && (language.Conjunctions.Contains(t.Lower) || language.NameLinks.Contains(t.Lower)) && i > 0 && IsNameOrNoun(tokens[i - 1], language)) { i--; continue; }
            if (IsArticle(t, language) && first >= 0)
            {
                first = i;
                var genitive = language.AttachmentWords.Contains(t.Lower) && i > 0 && IsHead(tokens[i - 1], language);
                var attached = i > 1 && language.AttachmentWords.Contains(tokens[i - 1].Lower) && IsHead(tokens[i - 2], language);
                if (genitive) { i--; continue; }
                if (attached) { i -= 2; continue; }
                return AfterLooseNoun(tokens, first, last, language);
            }
            if (language.AttachmentWords.Contains(t.Lower) && first == i + 1 && i > 0 && IsHead(tokens[i - 1], language)) { i--; continue; }
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

    /// <summary>Where the name starts after lower-case words ending in a role (<c>treasury economist David</c>), or 0.</summary>
    private static int RoleBeforeName(List<Token> tokens, int i, LanguageTable language)
    {
        for (var k = i; k < tokens.Count - 1 && k <= i + 2 && IsLowerWord(tokens[k], language); k++)
            if (Roles.HeadOf(tokens[k], language) is not null && Names.IsNameWord(tokens[k + 1], language)) return k + 1;
        return 0;
    }

    /// <summary>Where a short aside in parentheses inside a name ends (<c>Industry (MITI) Deputy …</c>), or 0.</summary>
    private static int Parenthetical(List<Token> tokens, int i)
    {
        if (tokens[i].Text != "(") return 0;
        for (var k = i + 1; k < tokens.Count && k <= i + 5; k++)
            if (tokens[k].Text == ")") return k + 1 < tokens.Count && IsNameOrNounAt(tokens, k + 1) ? k + 1 : 0;
        return 0;
    }

    private static bool IsNameOrNounAt(List<Token> tokens, int i) => tokens[i].IsWord && tokens[i].IsCapitalized;

    /// <summary>Where a phrase ending at <paramref name="end"/> ends without a short aside in parentheses (<c>Renate Schmidt (SPD)</c>).</summary>
    private static int SkipParenthetical(List<Token> tokens, int end)
    {
        if (end < 3 || tokens[end - 1].Text != ")") return end;
        for (var k = end - 2; k >= Math.Max(1, end - 6); k--)
            if (tokens[k].Text == "(") return k;
        return end;
    }

    /// <summary>
    /// Whether a phrase can be the subject of a reporting verb: not in a case only objects take
    /// (<c>zum eigenen Erfolgskriterium</c>, <c>dem Antrag</c>), not after a preposition (<c>in Sao
    /// Paulo</c>), not a time (<c>letzten September</c>).
    /// </summary>
    public static bool CanBeSubject(List<Token> tokens, (int First, int Last) phrase, LanguageTable language) =>
        !(language.Determiners.Contains(tokens[phrase.First].Lower) && !language.SubjectDeterminers.Contains(tokens[phrase.First].Lower))
        && !(phrase.First > 0 && language.Prepositions.Contains(tokens[phrase.First - 1].Text))
        && !language.Months.ContainsKey(tokens[phrase.Last].Lower) && !language.Weekdays.Contains(tokens[phrase.Last].Lower)
        && !language.TimeNouns.Contains(tokens[phrase.Last].Lower);

    /// <summary>
    /// A lower-case word right before a name belongs to the phrase only as a role (<c>the chief
    /// executive Dana Okafor</c>); otherwise the name alone is the subject (<c>a measure Kramm called</c>).
    /// </summary>
    private static (int First, int Last) AfterLooseNoun(List<Token> tokens, int first, int last, LanguageTable language)
    {
        for (var k = last - 1; k > first; k--)
            if (IsLowerWord(tokens[k], language) && IsNameOrNoun(tokens[k + 1], language) && Roles.HeadOf(tokens[k], language) is null)
                return (k + 1, last);
        return (first, last);
    }

    /// <summary>A word an attachment can hang from: a name or noun, or a lower-case role (<c>a spokesman for …</c>).</summary>
    private static bool IsHead(Token t, LanguageTable language) => IsNameOrNoun(t, language) || t.IsWord && Roles.HeadOf(t, language) is not null;

    public static bool IsNameOrNoun(Token t, LanguageTable language) =>
        t.IsWord && (t.IsCapitalized || t.IsLowerCompound) && !language.Stopwords.Contains(t.Lower) && !language.SpeechVerbs.Contains(t.Lower) && !IsArticle(t, language);

    private static bool IsArticle(Token t, LanguageTable language) =>
        language.Determiners.Contains(t.Lower) || language.SubjectDeterminers.Contains(t.Lower);

    private static bool IsLowerWord(Token t, LanguageTable language) =>
        t.IsWord && !t.IsCapitalized && !language.Stopwords.Contains(t.Lower) && !language.SpeechVerbs.Contains(t.Lower)
        && !IsArticle(t, language) && (t.Text.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') || !language.NounsCapitalized && IsAge(t.Text));

    /// <summary>A number joined to words: <c>78-year-old</c>.</summary>
    private static bool IsAge(string word) =>
        word.IndexOf('-') is > 0 and var hyphen && word[..hyphen].All(char.IsDigit) && word[(hyphen + 1)..].All(c => char.IsLetter(c) || c == '-');

    /// <summary>
    /// The first name or noun of an attachment from <paramref name="i"/>, after an article and, where nouns are capitalised,
    /// up to two adjectives (<c>des russischen Föderationsrates</c>), or -1.
    /// </summary>
    private static int AttachedNoun(List<Token> tokens, int i, LanguageTable language)
    {
        if (i < tokens.Count && language.Determiners.Contains(tokens[i].Lower)) i++;
        for (var adjectives = 0; language.NounsCapitalized && adjectives < 2 && i < tokens.Count && IsLowerWord(tokens[i], language); adjectives++) i++;
        return i < tokens.Count && IsNameOrNoun(tokens[i], language) ? i : -1;
    }
}
