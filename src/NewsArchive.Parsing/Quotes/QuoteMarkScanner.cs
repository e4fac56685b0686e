using System.Buffers;
using System.Runtime.CompilerServices;
using NewsArchive.Parsing.Languages;

namespace NewsArchive.Parsing.Quotes;

/// <summary>
/// Pairs quotation marks in a paragraph and returns the outermost spans. Pairs come from the
/// language's table (German „…“ and ‚…‘, »…« and «…», English “…” and ‘…’, straight "…" and '…'),
/// so the German closing “ is read as a closer after „ and as an opener in English. A mark opens
/// where it is left-flanking (after a space, a bracket or the start, before a non-space) and closes
/// where it is right-flanking; an apostrophe between letters is no quote mark. Marks nested inside an
/// open quote stay part of it; doubled straight apostrophes (wiki markup) are no marks. A quote still
/// open at the end of the paragraph runs on when the next
/// paragraph reopens it with the same mark; otherwise its opening mark was stray and is skipped.
/// Linear: each stray mark is skipped once, and rescans are bounded.
/// </summary>
internal static class QuoteMarkScanner
{
    private const int MaxRescans = 16;
    private const int MaxDepth = 8;

    public static List<QuoteSpan> Scan(string text, LanguageTable language, string? nextParagraph)
    {
        var spans = new List<QuoteSpan>();
        var skip = new HashSet<int>();
        var from = 0;
        for (var rescans = 0; rescans <= MaxRescans; rescans++)
        {
            var unclosed = ScanFrom(text, from, language, skip, spans);
            if (unclosed is not int open) return spans;
            var mark = text[open];
            if (nextParagraph is { Length: > 0 } next && next.TrimStart()[0] == mark)
            {
                spans.Add(new QuoteSpan(open, text.Length, mark, RunsOn: true));
                return spans;
            }
            skip.Add(open);
            from = open;
        }
        return spans;
    }

    /// <summary>Scans from <paramref name="from"/>, adding closed top-level spans; returns the outermost unclosed opener.</summary>
    private static int? ScanFrom(string text, int from, LanguageTable language, HashSet<int> skip, List<QuoteSpan> spans)
    {
        var stack = new Stack<(int Index, char Open)>();
        var marks = Marks.GetValue(language, l => SearchValues.Create([.. l.QuotePairs.SelectMany(p => new[] { p.Open, p.Close }).Distinct()]));
        for (var i = from; i < text.Length; i++)
        {
            var next = text.AsSpan(i).IndexOfAny(marks);
            if (next < 0) break;
            i += next;
            var c = text[i];
            if (skip.Contains(i) || IsApostrophe(text, i)) continue;
            var canOpen = IsLeftFlanking(text, i);
            var canClose = IsRightFlanking(text, i);

            if ((canClose || !canOpen) && stack.Any(e => Closes(e.Open, c, language)))
            {
                // Closing an outer quote also closes nested ones left open inside it.
                var (openIndex, opener) = stack.Pop();
                while (!Closes(opener, c, language)) (openIndex, opener) = stack.Pop();
                if (stack.Count == 0) spans.Add(new QuoteSpan(openIndex, i, text[openIndex], RunsOn: false));
                continue;
            }
            if (canOpen && stack.Count < MaxDepth && Opens(c, language, stack.Count > 0 ? stack.Peek().Open : null))
                stack.Push((i, c));
        }
        return stack.Count > 0 ? stack.Last().Index : null;
    }

    /// <summary>Each language's quotation marks, to jump from mark to mark.</summary>
    private static readonly ConditionalWeakTable<LanguageTable, SearchValues<char>> Marks = [];

    /// <summary>Whether a mark opens a quote; inside a quote, a mark like the outer one's cannot open.</summary>
    private static bool Opens(char c, LanguageTable language, char? outerOpen)
    {
        if (c == outerOpen) return false;
        foreach (var (open, _) in language.QuotePairs)
            if (c == open) return true;
        return false;
    }

    /// <summary>Whether a mark closes a quote opened by <paramref name="open"/>: any closer the table pairs with it (<c>„…“</c>, and as typed <c>„…”</c>, <c>„…"</c>).</summary>
    private static bool Closes(char open, char c, LanguageTable language)
    {
        foreach (var pair in language.QuotePairs)
            if (pair.Open == open && pair.Close == c) return true;
        return false;
    }

    private static bool IsApostrophe(string text, int i)
    {
        var c = text[i];
        if (c is not ('\'' or '’' or '‘')) return false;
        // Doubled straight apostrophes are markup (''italic'' in wiki text), not quotation marks.
        if (c == '\'' && (i > 0 && text[i - 1] == '\'' || i + 1 < text.Length && text[i + 1] == '\'')) return true;
        var before = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        var after = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
        return before && after;
    }

    private static bool IsLeftFlanking(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || "([{—–-/„“‚‘»«\"'".Contains(text[i - 1]))
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    private static bool IsRightFlanking(string text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1])
        && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || char.IsPunctuation(text[i + 1]) || char.IsSymbol(text[i + 1]));
}
