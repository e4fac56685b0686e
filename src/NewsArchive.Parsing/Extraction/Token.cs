using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Extraction;

/// <summary>A word or punctuation mark with its place in the text it was cut from.</summary>
internal readonly record struct Token(string Text, int Start)
{
    public int End => Start + Text.Length;

    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>A number joined to a capitalised noun: <c>54-Jährige</c>, <c>3:0-Sieg</c> is none (no hyphen right after digits).</summary>
    public bool IsNumberCompound => Text.Length > 2 && char.IsDigit(Text[0]) && Text.IndexOf('-') is > 0 and var hyphen
                                    && hyphen + 1 < Text.Length && char.IsUpper(Text[hyphen + 1]) && Text[..hyphen].All(char.IsDigit);

    /// <summary>A compound that opens in lower case and ends in a capitalised part, as a noun does: <c>documenta-Homepage</c>, <c>23-Jährige</c>.</summary>
    public bool IsLowerCompound => !IsCapitalized && Text.LastIndexOf('-') is > 0 and var hyphen && hyphen + 1 < Text.Length && char.IsUpper(Text[hyphen + 1]);

    /// <summary>The text in lower case, made once: rules ask for it many times per token.</summary>
    public string Lower { get; } = Text.ToLowerInvariant();

    /// <summary>A mark that opens a quotation or a name in marks: <c>„</c>, <c>“</c>, <c>"</c>, <c>»</c>, <c>«</c>.</summary>
    public bool OpensQuote => Text is "„" or "“" or "\"" or "»" or "«";

    /// <summary>
    /// Splits text into words and single punctuation marks. A word keeps inner hyphens, dots,
    /// apostrophes and slashes (<c>US-Präsident</c>, <c>J.D.</c>, <c>company's</c>, <c>lme/dpa</c>)
    /// and a trailing dot only where it is an initial or listed abbreviation's (decided by callers).
    /// </summary>
    /// <summary>The tokens starting in [<paramref name="from"/>, <paramref name="to"/>) of a list in text order, found by binary search.</summary>
    public static List<Token> Between(List<Token> tokens, int from, int to)
    {
        var first = Sorted.LowerBound(tokens, t => t.Start, from);
        var last = Sorted.LowerBound(tokens, t => t.Start, to);
        return last > first ? tokens.GetRange(first, last - first) : [];
    }

    private static readonly HashSet<string> Titles = new(
        LanguageTables.All.SelectMany(t => t.Honorifics).Where(h => h.EndsWith('.')), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A sentence end whose space was lost (<c>sagte Merkel.Als …</c>): a dot after two lower-case
    /// letters, before a capital and a lower-case letter. Domains (<c>ndr.de</c>) and initials stay words.
    /// </summary>
    public static bool IsGluedSentenceEnd(string text, int dot) =>
        text[dot] == '.' && dot >= 2 && dot + 2 < text.Length
        && char.IsLower(text[dot - 1]) && char.IsLower(text[dot - 2]) && char.IsUpper(text[dot + 1]) && char.IsLower(text[dot + 2]);

    private static readonly string[] AsciiMarks = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary>A punctuation mark as a string, shared for ASCII marks (most tokens that are no words).</summary>
    private static string Mark(char c) => c < AsciiMarks.Length ? AsciiMarks[c] : c.ToString();

    public static List<Token> Split(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            // A character outside the basic plane (an emoji) is one mark of two UTF-16 units: a token never ends between them.
            if (char.IsSurrogatePair(text, i)) { tokens.Add(new Token(text.Substring(i, 2), i)); i += 2; continue; }
            if (!char.IsLetterOrDigit(c)) { tokens.Add(new Token(Mark(c), i)); i++; continue; }
            var start = i;
            while (i < text.Length)
            {
                var d = text[i];
                if (char.IsLetterOrDigit(d)) { i++; continue; }
                var joins = d is '-' or '\'' or '’' or '.' or '/' or '&';
                if (joins && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && !IsGluedSentenceEnd(text, i)) { i++; continue; }
                break;
            }
            // An initial keeps its dot ("J." in "J. D. Vance", "J.D."), and so does a title ("Sen.", "Dr.").
            if (i < text.Length && text[i] == '.' && char.IsUpper(text[start])
                && (i - start == 1 || text.AsSpan(start, i - start).Contains('.') || Titles.Contains(text[start..(i + 1)])))
                i++;
            tokens.Add(new Token(text[start..i], start));
        }
        return tokens;
    }
}
