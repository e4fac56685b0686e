using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsArchive.Evaluation;

/// <summary>
/// Reuters-21578 (Distribution 1.0) articles with our own English quote annotations
/// (<c>eval/reuters-quotes-gold.json</c>): each article named by file and NEWID, each quote by its
/// first words, speaker and cue, so that no article text is copied into the repository. The copy is
/// the reader's: TITLE, AUTHOR line, then DATELINE and BODY as in the file.
/// </summary>
internal static partial class ReutersGold
{
    public static IEnumerable<GoldArticle> Read(string goldFile, string corpusFolder, string split)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldFile));
        var cache = new Dictionary<string, Dictionary<string, string>>();
        foreach (var a in gold.RootElement.GetProperty("articles").EnumerateArray())
        {
            if (a.GetProperty("split").GetString() != split) continue;
            var file = a.GetProperty("file").GetString()!;
            var newid = a.GetProperty("newid").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!cache.TryGetValue(file, out var articles))
                cache[file] = articles = Articles(File.ReadAllText(Path.Combine(corpusFolder, file), Encoding.Latin1));
            if (!articles.TryGetValue(newid, out var copy)) throw new InvalidDataException($"{file}: no NEWID {newid}");
            var quotes = a.GetProperty("quotes").EnumerateArray().Select(q => new GoldQuote(
                q.GetProperty("start").GetString()!, true,
                q.TryGetProperty("speaker", out var s) ? s.GetString() : null,
                q.TryGetProperty("cue", out var c) ? c.GetString() : null)).ToList();
            yield return new GoldArticle($"{file} NEWID {newid}", copy, quotes);
        }
    }

    private static Dictionary<string, string> Articles(string sgml)
    {
        var result = new Dictionary<string, string>();
        foreach (Match m in Article().Matches(sgml))
        {
            var body = m.Groups[2].Value;
            result[m.Groups[1].Value] = string.Concat(
                Tag(body, "TITLE") is { } t ? t + "\n" : "", Tag(body, "AUTHOR") is { } au ? au + "\n" : "",
                Tag(body, "DATELINE") ?? "", Tag(body, "BODY") ?? "");
        }
        return result;
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
