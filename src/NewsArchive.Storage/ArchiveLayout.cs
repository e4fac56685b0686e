using NewsArchive.Parsing.Model;

namespace NewsArchive.Storage;

/// <summary>
/// Where things live in an archive folder:
/// <c>articles/2025/02/&lt;slug&gt;-&lt;id&gt;.json</c> (undated articles under <c>articles/undated/</c>),
/// the raw inputs under <c>raw/&lt;first two hex digits of the id&gt;/&lt;id&gt;.txt</c>, the index in
/// <c>index.sqlite</c> and files being written in <c>tmp/</c>. Every path is built from the id (hex)
/// and the slug (<c>[a-z0-9-]</c>), so no input can make a path leave the archive.
/// </summary>
public sealed class ArchiveLayout(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Articles => Path.Combine(Root, "articles");

    public string Index => Path.Combine(Root, "index.sqlite");

    public string Temp => Path.Combine(Root, "tmp");

    /// <summary>An archive is there when its index or its articles are (a lost index is rebuilt from the articles).</summary>
    public bool Exists => File.Exists(Index) || Directory.Exists(Articles);

    /// <summary>The article's file, relative to the root, with '/' separators.</summary>
    public static string ArticlePath(Article article)
    {
        var date = article.Dateline.Published ?? article.Dateline.Modified;
        var folder = date is { Length: >= 7 } && IsDigits(date.AsSpan(0, 4)) && date[4] == '-' && IsDigits(date.AsSpan(5, 2))
            ? $"{date[..4]}/{date[5..7]}"
            : "undated";
        return $"articles/{folder}/{Slug.Of(article.Headline)}-{HexId(article.Id)}.json";
    }

    public static string RawPath(Article article)
    {
        var id = HexId(article.Id);
        return $"raw/{id[..2]}/{id}.{(article.Input.Format == "html" ? "html" : "txt")}";
    }

    public string Full(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Relative(string full) => Path.GetRelativePath(Root, full).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The id as the parser makes it: hex digits only (anything else would be a bug, not input).</summary>
    private static string HexId(string id) =>
        id.Length >= 2 && id.All(char.IsAsciiHexDigitLower) ? id : throw new InvalidOperationException($"article id '{id}' is not lower-case hex");

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
