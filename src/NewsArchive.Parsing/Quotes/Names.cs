using NewsArchive.Parsing.Extraction;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Quotes;

/// <summary>
/// What can be part of a personal name: a capitalised word, not all in capitals, that is no function word, title, role,
/// reporting verb or weekday (months stay: Jan, April and August are names too), and (where nouns are capitalised) no long unhyphenated noun;
/// and, between two name words, a lower-case particle (<c>Pieter van Aalst</c>, <c>Ursula von der Leyen</c>).
/// </summary>
internal static class Names
{
    private static readonly HashSet<string> Particles = ["von", "van", "de", "di", "da", "du", "del", "della", "le", "la", "bin", "ibn", "al", "el", "ter", "ten", "zu", "dos"];

    /// <summary>Particles that are articles too: only after another particle (<c>van der</c>, <c>von der</c>).</summary>
    private static readonly HashSet<string> SecondParticles = ["der", "den", "des", "la", "le"];

    public static bool IsNameWord(Token t, LanguageTable language) =>
        t.IsWord && t.IsCapitalized && !IsShouted(t) && !language.Stopwords.Contains(t.Lower) && !language.Determiners.Contains(t.Lower)
        && !language.Honorifics.Contains(t.Lower) && Roles.HeadOf(t, language) is null
        && !language.SpeechVerbs.Contains(t.Lower) && !language.Weekdays.Contains(t.Lower);

    /// <summary>A word in capitals, as in wire headlines (<c>POLISH BANKER PLEASED</c>) or an acronym (<c>NATO</c>): no personal name.</summary>
    private static bool IsShouted(Token t) => t.Text.Length >= 4 && !t.Text.Contains('.') && t.Text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>An initial (<c>J.</c>, <c>J.D.</c>): it does not count against the given-name limit.</summary>
    public static bool IsInitial(Token t) => t.Text.EndsWith('.') && t.Text.Count(char.IsLetter) <= 3 && t.Text.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>
    /// The start of the name that ends at <paramref name="last"/>: name words and particles leftwards,
    /// at most the language's number of given names (initials aside), and only where <paramref name="canTake"/> agrees.
    /// </summary>
    public static int Start(List<Token> tokens, int last, int floor, LanguageTable language, Func<int, bool> canTake)
    {
        var start = last;
        var given = 0;
        for (var k = last - 1; k >= floor; k--)
        {
            if (IsParticle(tokens, k)) continue;
            if (!canTake(k)) break;
            if (!IsInitial(tokens[k]) && ++given > language.MaxGivenNames) break;
            start = k;
        }
        return start;
    }

    /// <summary>A name word without its possessive ending: <c>Reagan's</c> → <c>Reagan</c>.</summary>
    public static string WithoutPossessive(string word) =>
        word.Length > 3 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) ? word[..^2] : word;

    /// <summary>A surname without a particle joined by a hyphen, as articles often shorten it: <c>al-Gaddafi</c> → <c>Gaddafi</c>.</summary>
    public static string WithoutJoinedParticle(string word) =>
        word.IndexOf('-') is var hyphen && hyphen is 2 or 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && Particles.Contains(word[..hyphen])
            ? word[(hyphen + 1)..]
            : word;

    /// <summary>A particle that opens a name: <c>de Groote</c>, <c>van der Veen</c>.</summary>
    public static bool IsLeadingParticle(List<Token> tokens, int i) =>
        i + 1 < tokens.Count && Particles.Contains(tokens[i].Text) && (tokens[i + 1].IsCapitalized || SecondParticles.Contains(tokens[i + 1].Text));

    /// <summary>A particle inside a name: after a name word, before a capitalised word (or another particle).</summary>
    public static bool IsParticle(List<Token> tokens, int i)
    {
        if (i <= 0 || i + 1 >= tokens.Count) return false;
        var word = tokens[i].Text;
        var first = Particles.Contains(word) && tokens[i - 1].IsCapitalized;
        var second = SecondParticles.Contains(word) && Particles.Contains(tokens[i - 1].Lower);
        return (first || second) && (tokens[i + 1].IsCapitalized || SecondParticles.Contains(tokens[i + 1].Text) && i + 2 < tokens.Count && tokens[i + 2].IsCapitalized);
    }
}
