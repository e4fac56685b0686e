using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NewsArchive.Parsing.Extraction;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Quotes;

/// <summary>
/// Role nouns and the descriptors around them. A token is a role when it is, or ends with, a role
/// noun of the table with one of its endings (<c>Präsidenten</c>, <c>US-Präsident</c>,
/// <c>Trump-Sprecherin</c>, <c>Außenminister</c>). Its descriptors are the role's head, the first part
/// of a hyphenated compound (<c>us</c>, <c>trump</c>) and the stems of adjectives before it
/// (<c>ukrainischen</c> → <c>ukrainisch</c>): what a later <c>der ukrainische Staatschef</c> is matched on.
/// </summary>
internal static class Roles
{
    private static readonly string[] AdjectiveEndings = ["en", "er", "es", "em", "e"];

    /// <summary>The role noun a token ends with, or null.</summary>
    public static string? HeadOf(Token token, LanguageTable language)
    {
        // Where nouns are capitalised, a word in lower case is no role noun: "oberster" is an adjective, not "Oberst".
        if (!token.IsWord || language.NounsCapitalized && !token.IsCapitalized && !token.IsNumberCompound) return null;
        var heads = Heads.GetValue(language, _ => new(StringComparer.Ordinal));
        if (heads.TryGetValue(token.Lower, out var head)) return head;
        head = FindHead(token.Lower, language);
        if (Volatile.Read(ref _cachedWords) < MaxCachedWords && heads.TryAdd(token.Lower, head)) Interlocked.Increment(ref _cachedWords);
        return head;
    }

    /// <summary>Words remembered at most, so that a long import of hostile text cannot grow the cache without end.</summary>
    private const int MaxCachedWords = 200_000;

    /// <summary>
    /// How many words the cache holds, counted apart: a concurrent dictionary's <c>Count</c> takes every one of its locks,
    /// which, asked at each new word once the cache was full, made parsing threads queue for them (a long import of
    /// varied text, or 100,000 generated articles, slowed down several times over).
    /// </summary>
    private static int _cachedWords;

    /// <summary>Each language's words and the role noun they end with (null for none), keyed by the lower-case word alone.</summary>
    private static readonly ConditionalWeakTable<LanguageTable, ConcurrentDictionary<string, string?>> Heads = [];

    private static string? FindHead(string lower, LanguageTable language)
    {
        string? best = null;
        foreach (var role in language.RoleNouns)
            foreach (var ending in language.RoleEndings)
            {
                // The word ends with role + ending (compared in place: this runs for every role and ending of each new word).
                var length = role.Length + ending.Length;
                if (lower.Length < length || !lower.EndsWith(ending, StringComparison.Ordinal)
                    || !lower.AsSpan(0, lower.Length - ending.Length).EndsWith(role, StringComparison.Ordinal)) continue;
                var boundary = lower.Length == length || lower[^(length + 1)] == '-' || language.NounsCapitalized;
                if (boundary && (best is null || role.Length > best.Length)) best = role;
            }
        return best;
    }

    /// <summary>'f' for a feminine role form (<c>Ministerin</c>, <c>spokeswoman</c>), 'm' for a masculine one, else '?'.</summary>
    public static char GenderOf(Token token, string role, LanguageTable language)
    {
        if (language.FeminineRoleEndings.Any(e => token.Lower.EndsWith(e, StringComparison.Ordinal))) return 'f';
        return language.NounsCapitalized || role.EndsWith("man", StringComparison.Ordinal) ? 'm' : '?';
    }

    /// <summary>Descriptors of a role token and the adjectives before it (see the class summary).</summary>
    public static HashSet<string> Describe(List<Token> tokens, int roleIndex, LanguageTable language)
    {
        var set = new HashSet<string>();
        var role = tokens[roleIndex];
        if (HeadOf(role, language) is { } head) set.Add(head);
        var hyphen = role.Text.IndexOf('-');
        if (hyphen > 0) set.Add(role.Text[..hyphen].ToLowerInvariant());
        for (var i = roleIndex - 1; i >= 0 && i >= roleIndex - 3; i--)
        {
            var t = tokens[i];
            if (!t.IsWord || t.IsCapitalized || language.Stopwords.Contains(t.Lower) || language.Determiners.Contains(t.Lower)) break;
            set.Add(Stem(t.Lower));
        }
        return set;
    }

    public static string Stem(string adjective)
    {
        foreach (var e in AdjectiveEndings)
            if (adjective.Length > e.Length + 3 && adjective.EndsWith(e, StringComparison.Ordinal)) return adjective[..^e.Length];
        return adjective;
    }

    /// <summary>How well two role heads agree: the same office, one a compound of the other, or synonyms.</summary>
    public static int Agreement(string a, string b, LanguageTable language)
    {
        if (a == b) return 2;
        if (a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal)) return 1;
        return language.RoleSynonyms.Any(g => g.Contains(a) && g.Contains(b)) ? 1 : 0;
    }
}
