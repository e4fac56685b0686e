namespace NewsArchive.Cli;

/// <summary>
/// Shell globs for <c>--include</c> and <c>--exclude</c>: <c>*</c> and <c>?</c> within a path segment,
/// <c>**</c> across segments, <c>[abc]</c> not supported (taken literally). A pattern without <c>/</c> matches the
/// file or folder name (<c>*.txt</c>), one with <c>/</c> the path below the folder given (<c>2025/**/*.html</c>).
/// Matching is a table over pattern and text positions: linear in their product, whatever the pattern.
/// </summary>
internal sealed class Glob(string pattern)
{
    private readonly string _pattern = pattern.Replace('\\', '/').TrimStart('/');

    public bool OnPath => _pattern.Contains('/', StringComparison.Ordinal);

    public bool Matches(string name, string relativePath) => Match(_pattern, OnPath ? relativePath.Replace('\\', '/') : name);

    private static bool Match(string p, string t)
    {
        // reach[j]: the first i pattern characters can match the first j text characters.
        var reach = new bool[t.Length + 1];
        reach[0] = true;
        for (var i = 0; i < p.Length; i++)
        {
            var next = new bool[t.Length + 1];
            if (p[i] == '*')
            {
                var any = i + 1 < p.Length && p[i + 1] == '*';
                for (var j = 0; j <= t.Length; j++)
                    next[j] = reach[j] || j > 0 && next[j - 1] && (any || t[j - 1] != '/');
                if (any)
                {
                    i++;
                    // "**/" also matches no folder at all.
                    if (i + 1 < p.Length && p[i + 1] == '/')
                    {
                        i++;
                        var skip = new bool[t.Length + 1];
                        for (var j = 0; j <= t.Length; j++) skip[j] = reach[j] || j > 0 && next[j - 1] && t[j - 1] == '/';
                        next = skip;
                    }
                }
            }
            else
            {
                for (var j = 1; j <= t.Length; j++)
                    next[j] = reach[j - 1] && (p[i] == '?' ? t[j - 1] != '/' : p[i] == t[j - 1]);
            }
            reach = next;
        }
        return reach[t.Length];
    }
}
