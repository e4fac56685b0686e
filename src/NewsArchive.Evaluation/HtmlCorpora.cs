using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsArchive.Parsing;

namespace NewsArchive.Evaluation;

/// <summary>
/// The two HTML measures of the README: publication dates on htmldate-dev (right day, as htmldate's
/// evaluation counts it) and body text on aeb-dev (F1 over 4-word shingles, as the
/// article-extraction-benchmark scores it: per-page precision and recall, averaged, then their F1).
/// Every page goes through <see cref="ArticleParser"/> as <c>newsarc parse</c> would read it.
/// </summary>
internal static partial class HtmlCorpora
{
    public static void Dates(string corpus, TextWriter output, int errors)
    {
        using var gold = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(corpus, "gold.json")));
        int total = 0, right = 0, missing = 0;
        var wrong = new List<string>();
        var bySource = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in gold.RootElement.EnumerateObject())
        {
            var file = page.Value.GetProperty("file").GetString()!;
            var expected = page.Value.GetProperty("date").GetString()!;
            var result = ArticleParser.Parse(File.ReadAllBytes(Path.Combine(corpus, "html", file)), file, ParseOptions.Default);
            var published = result.Article?.Dateline.Published;
            total++;
            if (published is null) missing++;
            var source = result.Article?.Provenance.GetValueOrDefault("dateline.published");
            if (published is not null && published.StartsWith(expected, StringComparison.Ordinal))
            {
                right++;
                var kind = source is null ? "?" : source.StartsWith("meta:", StringComparison.Ordinal) ? "meta" : source;
                bySource[kind] = bySource.GetValueOrDefault(kind) + 1;
                continue;
            }
            wrong.Add($"  {file}: gold {expected}, newsarc {published ?? "null"} ({source ?? result.Error ?? "no evidence"})  {page.Name}");
        }
        output.WriteLine($"htmldate-dev: {total} pages, publication date on the right day {right} ({(double)right / total:F3}), no date {missing}, wrong day {total - right - missing}");
        output.WriteLine("  right day by evidence: " + string.Join(", ", bySource.Select(kv => $"{kv.Key} {kv.Value}")));
        foreach (var line in wrong.Take(errors)) output.WriteLine(line);
    }

    public static void Bodies(string corpus, TextWriter output, int errors)
    {
        using var gold = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(corpus, "ground-truth.json")));
        var precisions = new List<double>();
        var recalls = new List<double>();
        var worst = new List<(double F1, string Line)>();
        foreach (var page in gold.RootElement.EnumerateObject())
        {
            var expected = page.Value.GetProperty("articleBody").GetString() ?? "";
            var bytes = Gunzip(Path.Combine(corpus, "html", page.Name + ".html.gz"));
            var result = ArticleParser.Parse(bytes, page.Name, ParseOptions.Default);
            var article = result.Article;
            var predicted = article is null ? "" : string.Join("\n", new[] { article.Teaser }.Concat(article.Paragraphs).OfType<string>());
            var (tp, fp, fn) = Match(expected, predicted);
            var p = tp + fp > 0 ? (fp == 0 && fn == 0 ? 1 : tp / (tp + fp)) : double.NaN;
            var r = tp + fn > 0 ? (fp == 0 && fn == 0 ? 1 : tp / (tp + fn)) : double.NaN;
            if (!double.IsNaN(p)) precisions.Add(p);
            if (!double.IsNaN(r)) recalls.Add(r);
            var f = p + r > 0 ? 2 * p * r / (p + r) : 0;
            worst.Add((f, $"  {page.Name[..12]}: F1 {f:F3} precision {p:F3} recall {r:F3}  {page.Value.GetProperty("url").GetString()}"));
        }
        var precision = precisions.Average();
        var recall = recalls.Average();
        output.WriteLine($"aeb-dev: {worst.Count} pages, body F1 {2 * precision * recall / (precision + recall):F3} (precision {precision:F3}, recall {recall:F3})");
        foreach (var (_, line) in worst.OrderBy(w => w.F1).Take(errors)) output.WriteLine(line);
    }

    private static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>The benchmark's shingle matching, normalised so that long pages weigh no more than short ones.</summary>
    private static (double Tp, double Fp, double Fn) Match(string expected, string predicted)
    {
        var truth = Shingles(expected);
        var guess = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in truth.Keys.Union(guess.Keys))
        {
            var t = truth.GetValueOrDefault(key);
            var g = guess.GetValueOrDefault(key);
            tp += Math.Min(t, g);
            fp += Math.Max(0, g - t);
            fn += Math.Max(0, t - g);
        }
        var sum = tp + fp + fn;
        return sum > 0 ? (tp / sum, fp / sum, fn / sum) : (0, 0, 0);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Count - 3); i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(4));
            if (key.Length > 0) shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Token();
}
