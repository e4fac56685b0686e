using System.Text.Json;

namespace NewsArchive.Evaluation;

/// <summary>
/// Reuters-21578 (Distribution 1.0) articles with our own English quote annotations
/// (<c>eval/reuters-quotes-gold.json</c>): each article named by file and NEWID, each quote by its
/// first words, speaker and cue, so that no article text is copied into the repository. The copy is
/// the reader's (<see cref="ReutersSgml"/>).
/// </summary>
internal static class ReutersGold
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
                cache[file] = articles = ReutersSgml.Read(Path.Combine(corpusFolder, file)).ToDictionary(r => r.NewId, r => r.Copy);
            if (!articles.TryGetValue(newid, out var copy)) throw new InvalidDataException($"{file}: no NEWID {newid}");
            var quotes = a.GetProperty("quotes").EnumerateArray().Select(q => new GoldQuote(
                q.GetProperty("start").GetString()!, true,
                q.TryGetProperty("speaker", out var s) ? s.GetString() : null,
                q.TryGetProperty("cue", out var c) ? c.GetString() : null)).ToList();
            yield return new GoldArticle($"{file} NEWID {newid}", copy, quotes, []);
        }
    }
}
