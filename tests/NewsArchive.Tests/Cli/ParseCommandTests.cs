using System.Text.Json;

namespace NewsArchive.Tests.Cli;

[Collection(InProcessCli.Name)]
public sealed class ParseCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsarc-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Parse_prints_one_json_object_and_nothing_else_on_stdout()
    {
        var (exit, stdout, stderr) = CliRunner.Run("parse", TestPaths.Seed);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("ntv.de", json.RootElement.GetProperty("byline").GetProperty("publisher").GetString());
        Assert.Contains("US-Präsident", stdout, StringComparison.Ordinal); // non-ASCII written literally
        Assert.DoesNotContain("\\u00", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_gives_one_compact_object_per_line_in_input_order()
    {
        var a = Write("a.txt", "First headline\nThe first article has a paragraph of its own with several words.\n");
        var b = Write("b.txt", "Second headline\nThe second article has a paragraph of its own with several words.\n");
        var (exit, stdout, _) = CliRunner.Run("parse", "--format", "jsonl", a, b);
        Assert.Equal(0, exit);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(["First headline", "Second headline"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("headline").GetString()));
    }

    [Fact]
    public void A_missing_or_empty_file_is_one_line_on_stderr_and_the_rest_is_parsed()
    {
        var good = Write("good.txt", "Good headline\nThe good article has a paragraph of its own with several words.\n");
        var empty = Write("empty.txt", "");
        var missing = Path.Combine(_dir, "missing.txt");
        var (exit, stdout, stderr) = CliRunner.Run("parse", "--format", "jsonl", missing, good, empty);
        Assert.Equal(1, exit);
        Assert.Single(stdout.TrimEnd('\n').Split('\n'));
        var errors = stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(2, errors.Length);
        Assert.Contains(errors, l => l.Contains(missing, StringComparison.Ordinal) && l.Contains("no such file", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains(empty, StringComparison.Ordinal) && l.Contains("empty", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("parse", "--format", "xml", "a.txt")]
    [InlineData("parse", "--timezone", "Mars/Olympus", "a.txt")]
    [InlineData("parse", "--reference-date", "yesterday", "a.txt")]
    [InlineData("frobnicate")]
    public void A_usage_error_is_one_line_on_stderr_exit_2_and_no_help_on_stdout(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Help_shows_examples()
    {
        var (exit, stdout, _) = CliRunner.Run("parse", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("jq", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_is_read_with_a_dash_in_a_real_process()
    {
        var (exit, stdout, stderr) = CliRunner.Process("Headline from a pipe\nA paragraph that came in through standard input, as a pipe gives it.\n", "parse", "-");
        Assert.True(exit == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("Headline from a pipe", root.GetProperty("headline").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("input").GetProperty("path").ValueKind);
    }
}
