using NewsArchive.Parsing;
using NewsArchive.Parsing.Json;

namespace NewsArchive.Tests.Golden;

/// <summary>
/// Every <c>samples/&lt;lang&gt;/&lt;name&gt;.txt</c> (copied text) and <c>.html</c> (a saved page) parses to exactly its <c>&lt;name&gt;.expected.json</c>.
/// With <c>NEWSARC_UPDATE_GOLDEN=1</c> the expected files are rewritten instead, to be reviewed in git.
/// </summary>
public sealed class GoldenSampleTests
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("NEWSARC_UPDATE_GOLDEN") == "1";

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        var files = Directory.EnumerateFiles(TestPaths.Samples, "*.txt", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(TestPaths.Samples, "*.html", SearchOption.AllDirectories));
        foreach (var file in files.Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(TestPaths.Repository, file).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_parses_to_its_expected_json(string sample)
    {
        var path = Path.Combine(TestPaths.Repository, sample);
        var result = ArticleParser.Parse(File.ReadAllBytes(path), sample, ParseOptions.Default);
        Assert.Null(result.Error);
        var actual = ArticleJson.Serialize(result.Article!) + "\n";
        var expectedPath = Path.ChangeExtension(path, ".expected.json");

        if (Update)
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing: run with NEWSARC_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Fact]
    public void There_are_samples_in_both_languages()
    {
        var samples = Samples().Cast<object[]>().Select(row => (string)row[0]).ToList();
        Assert.True(samples.Count(s => s.StartsWith("samples/de/", StringComparison.Ordinal)) >= 8);
        Assert.True(samples.Count(s => s.StartsWith("samples/en/", StringComparison.Ordinal)) >= 7);
    }
}
