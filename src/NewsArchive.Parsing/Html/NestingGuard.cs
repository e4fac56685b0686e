namespace NewsArchive.Parsing.Html;

/// <summary>
/// A linear pre-scan for markup nested so deep that the HTML parser's time grows out of bounds
/// (50,000 nested <c>&lt;div&gt;</c>s or 80,000 unclosed <c>&lt;i&gt;&lt;b&gt;</c> take AngleSharp tens
/// of seconds). It counts open elements the way a parser keeps them: void and self-closing
/// elements, and those whose next sibling closes them (<c>p</c>, <c>li</c>, <c>td</c>, ...), do not add
/// depth; script, style and comment bodies are skipped.
/// </summary>
internal static class NestingGuard
{
    public const int MaxDepth = 10_000;

    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rp", "rt", "thead", "tbody", "tfoot", "colgroup", "caption",
    };

    /// <summary>The deepest nesting the markup reaches, counted up to <see cref="MaxDepth"/> + 1.</summary>
    public static int Depth(string html)
    {
        int depth = 0, max = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0) { i = Skip(html, i, "-->"); continue; }
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && end - start < 16 && char.IsAsciiLetterOrDigit(html[end])) end++;
            if (end == start || end - start >= 16) continue;
            var name = html[start..end];
            if (closing) { if (!Flat.Contains(name) && depth > 0) depth--; continue; }
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                i = Skip(html, i, "</" + name);
                continue;
            }
            var close = html.IndexOf('>', end, Math.Min(4096, html.Length - end));
            if (Flat.Contains(name) || close > 0 && html[close - 1] == '/') continue;
            if (++depth > max) max = depth;
            if (max > MaxDepth) return max;
        }
        return max;
    }

    /// <summary>
    /// Where <paramref name="terminator"/> starts after <paramref name="from"/>; without one (a comment or script left open
    /// at the end of the page) the last index, so the next search for a tag starts at the end and finds none.
    /// </summary>
    private static int Skip(string html, int from, string terminator)
    {
        var at = html.IndexOf(terminator, from + 1, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length - 1 : at;
    }
}
