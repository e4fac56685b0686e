using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsArchive.Evaluation;

/// <summary>One Reuters-21578 article: its NEWID, TITLE and DATELINE (null where absent) and its reader's copy.</summary>
internal sealed record ReutersArticle(string NewId, string? Title, string? Dateline, string Copy);

/// <summary>
/// Reads a Reuters-21578 SGML file (Distribution 1.0). The reader's copy of an article is its TITLE,
/// its AUTHOR line, then DATELINE and BODY as in the file, with <c>&amp;lt;</c> and <c>&amp;amp;</c> decoded.
/// </summary>
internal static partial class ReutersSgml
{
    public static IEnumerable<ReutersArticle> Read(string path)
    {
        foreach (Match m in Article().Matches(File.ReadAllText(path, Encoding.Latin1)))
        {
            var body = m.Groups[2].Value;
            var title = Tag(body, "TITLE");
            var dateline = Tag(body, "DATELINE");
            var copy = string.Concat(title is null ? "" : title + "\n", Tag(body, "AUTHOR") is { } author ? author + "\n" : "",
                dateline ?? "", Tag(body, "BODY") ?? "");
            yield return new ReutersArticle(m.Groups[1].Value, title, dateline, copy);
        }
    }

    private static string? Tag(string body, string tag)
    {
        var start = body.IndexOf($"<{tag}>", StringComparison.Ordinal);
        var end = body.IndexOf($"</{tag}>", StringComparison.Ordinal);
        return start < 0 || end < 0 ? null : WebUtility.HtmlDecode(body[(start + tag.Length + 2)..end]);
    }

    [GeneratedRegex(@"<REUTERS[^>]*NEWID=""(\d+)"">(.*?)</REUTERS>", RegexOptions.Singleline)]
    private static partial Regex Article();
}
