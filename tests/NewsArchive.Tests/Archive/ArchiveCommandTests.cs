using System.Text;
using System.Text.Json;
using NewsArchive.Tests.Cli;

namespace NewsArchive.Tests.Archive;

/// <summary>The archive commands in-process, on the golden samples and on small articles written here.</summary>
[Collection(InProcessCli.Name)]
public sealed class ArchiveCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsarc-archive-").FullName;

    private string ArchiveDir => Path.Combine(_dir, "archive");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(_dir, "in", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    private (int Exit, string Stdout, string Stderr) Run(params string[] args) => CliRunner.Run([.. args, "--archive", ArchiveDir]);

    private static List<JsonElement> Lines(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    private const string German = "Streit um die Waffenruhe\nBerlin (dpa) - Der ukrainische Präsident Wolodymyr Selenskyj hat die Waffenruhe begrüßt. " +
                                  "„Wir wollen den Frieden“, sagte Selenskyj am Mittwoch in Kiew.\n";

    [Fact]
    public void Import_stores_each_sample_once_and_a_second_import_finds_them_all_present()
    {
        var (exit, stdout, stderr) = CliRunner.Run("import", TestPaths.Samples, "--include", "*.txt", "--archive", ArchiveDir, "--json");
        Assert.True(exit == 0, stderr);
        var samples = Directory.GetFiles(TestPaths.Samples, "*.txt", SearchOption.AllDirectories).Length;
        var summary = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(samples, summary.GetProperty("imported").GetInt32());
        Assert.Equal(samples, Directory.GetFiles(Path.Combine(ArchiveDir, "articles"), "*.json", SearchOption.AllDirectories).Length);
        Assert.Contains("imported 18", stderr, StringComparison.Ordinal);

        var again = JsonDocument.Parse(CliRunner.Run("import", TestPaths.Samples, "--include", "*.txt", "--archive", ArchiveDir, "--json").Stdout).RootElement;
        Assert.Equal((0, samples), (again.GetProperty("imported").GetInt32(), again.GetProperty("alreadyPresent").GetInt32()));
        Assert.Equal(0, Run("verify").Exit);
    }

    [Fact]
    public void The_same_text_in_another_file_and_encoding_is_one_article_with_both_files_as_sources()
    {
        var first = Write("a/first.txt", German);
        var second = Write("b/second.txt", German.Replace("\n", "\r\n", StringComparison.Ordinal), Encoding.Unicode);
        var (exit, stdout, _) = CliRunner.Run("import", Path.Combine(_dir, "in"), "--archive", ArchiveDir, "--json");
        Assert.Equal(0, exit);
        var summary = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal((1, 1), (summary.GetProperty("imported").GetInt32(), summary.GetProperty("sourceAdded").GetInt32()));

        var id = Lines(Run("list", "--format", "jsonl").Stdout).Single().GetProperty("id").GetString()!;
        var stored = JsonDocument.Parse(Run("show", id[..8]).Stdout).RootElement;
        Assert.Equal([first, second], stored.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("Streit um die Waffenruhe", stored.GetProperty("headline").GetString());
        Assert.StartsWith("raw/", stored.GetProperty("raw").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(ArchiveDir, stored.GetProperty("raw").GetString()!)));
    }

    [Fact]
    public void A_story_in_nearly_the_same_words_is_recorded_as_a_near_duplicate_of_the_first_and_others_are_not()
    {
        var story = File.ReadAllText(Path.Combine(TestPaths.Samples, "en", "guardian-2025-02-12-berlin-office-flats.txt"));
        var lines = story.Split('\n');
        Write("1/original.txt", story);
        Write("2/syndicated.txt", string.Join('\n', ["Berlin plans 20,000 flats in empty offices", .. lines[1..]]) + "\nThis story was first published by a partner outlet.\n");
        Write("3/other.txt", File.ReadAllText(Path.Combine(TestPaths.Samples, "en", "wapo-2025-02-12-island-ferry.txt")));
        Assert.Equal(0, CliRunner.Run("import", Path.Combine(_dir, "in"), "--archive", ArchiveDir).Exit);

        var articles = Lines(Run("export").Stdout).ToDictionary(a => a.GetProperty("sources")[0].GetString()!.Split(Path.DirectorySeparatorChar)[^2]);
        Assert.Equal(3, articles.Count);
        Assert.Equal(articles["1"].GetProperty("id").GetString(), articles["2"].GetProperty("nearDuplicateOf").GetString());
        Assert.Equal(JsonValueKind.Null, articles["1"].GetProperty("nearDuplicateOf").ValueKind);
        Assert.Equal(JsonValueKind.Null, articles["3"].GetProperty("nearDuplicateOf").ValueKind);
    }

    [Fact]
    public void Include_and_exclude_globs_and_hidden_files_decide_what_is_walked()
    {
        Write("keep/one.txt", German);
        Write("keep/two.md", German.Replace("Streit", "Zank", StringComparison.Ordinal));
        Write("drafts/three.txt", German.Replace("Streit", "Ärger", StringComparison.Ordinal));
        Write(".cache/four.txt", German.Replace("Streit", "Krach", StringComparison.Ordinal));
        var (exit, stdout, _) = CliRunner.Run("import", Path.Combine(_dir, "in"), "--include", "*.txt", "--exclude", "drafts", "--archive", ArchiveDir, "--json");
        Assert.Equal(0, exit);
        Assert.Equal(1, JsonDocument.Parse(stdout).RootElement.GetProperty("imported").GetInt32());
        Assert.Equal("Streit um die Waffenruhe", Lines(Run("list", "--format", "jsonl").Stdout).Single().GetProperty("headline").GetString());
    }

    [Fact]
    public void List_filters_by_local_date_agency_language_and_publisher_and_leaves_undated_out_of_date_ranges()
    {
        Assert.Equal(0, CliRunner.Run("import", TestPaths.Samples, "--include", "*.txt", "--archive", ArchiveDir).Exit);
        var february = Lines(Run("list", "--since", "2025-02-01", "--until", "2025-02-28", "--format", "jsonl").Stdout);
        Assert.NotEmpty(february);
        Assert.All(february, a => Assert.StartsWith("2025-02-", a.GetProperty("published").GetString(), StringComparison.Ordinal));
        var all = Lines(Run("list", "--format", "jsonl").Stdout);
        Assert.Equal(all.Count(a => a.GetProperty("published").GetString()?.StartsWith("2025-02-", StringComparison.Ordinal) == true), february.Count);

        var dpa = Lines(Run("list", "--agency", "DPA", "--format", "jsonl").Stdout);
        Assert.Equal(all.Count(a => a.GetProperty("agencies").EnumerateArray().Any(g => g.GetString() == "dpa")), dpa.Count);
        Assert.True(dpa.Count >= 2);
        Assert.All(Lines(Run("list", "--language", "en", "--format", "jsonl").Stdout), a => Assert.Equal("en", a.GetProperty("language").GetString()));
        Assert.Equal("ntv.de", Lines(Run("list", "--publisher", "NTV", "--format", "jsonl").Stdout).Single().GetProperty("publisher").GetString());
        Assert.Equal((1, ""), (Run("list", "--since", "2031-01-01").Exit, Run("list", "--since", "2031-01-01").Stdout));
    }

    [Fact]
    public void Search_finds_words_without_regard_to_case_or_accents_and_speaker_finds_quotes_by_name_word()
    {
        Write("ukraine.txt", German);
        Write("other.txt", "Ein anderes Thema\nBerlin (dpa) - Die Ministerin Hanna Kolbe lobte den Haushalt. „Das ist ein guter Tag für das Land“, sagte Kolbe.\n");
        Assert.Equal(0, CliRunner.Run("import", Path.Combine(_dir, "in"), "--archive", ArchiveDir).Exit);

        var hits = Lines(Run("search", "WAFFENRUHE").Stdout);
        Assert.Equal("Streit um die Waffenruhe", hits.Single().GetProperty("headline").GetString());
        Assert.Contains("[Waffenruhe]", hits.Single().GetProperty("snippet").GetString(), StringComparison.Ordinal);

        Assert.Single(Lines(Run("search", "Waffen*").Stdout));
        Assert.Equal(1, Run("search", "Waffen").Exit);

        var quotes = Lines(Run("search", "--speaker", "sélenskyj").Stdout);
        Assert.Equal(("Wolodymyr Selenskyj", "Wir wollen den Frieden"), (quotes.Single().GetProperty("speaker").GetString(), quotes.Single().GetProperty("text").GetString()));
        Assert.Single(Lines(Run("search", "Waffenruhe", "--speaker", "Selenskyj").Stdout));
        Assert.Equal((1, ""), (Run("search", "Haushalt", "--speaker", "Selenskyj").Exit, Run("search", "Haushalt", "--speaker", "Selenskyj").Stdout));
        var (exit, stdout, stderr) = Run("search", "\"unbalanced (query* OR");
        Assert.Equal((1, "", ""), (exit, stdout, stderr));
    }

    [Fact]
    public void Export_streams_every_stored_article_with_its_archive_fields_and_stats_counts_them()
    {
        Assert.Equal(0, CliRunner.Run("import", TestPaths.Samples, "--include", "*.txt", "--archive", ArchiveDir).Exit);
        var exported = Lines(Run("export").Stdout);
        Assert.Equal(18, exported.Count);
        Assert.All(exported, a =>
        {
            Assert.Equal(1, a.GetProperty("schemaVersion").GetInt32());
            Assert.Single(a.GetProperty("sources").EnumerateArray());
            Assert.Matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+00:00$", a.GetProperty("archivedAt").GetString());
        });
        var stats = JsonDocument.Parse(Run("stats", "--format", "json").Stdout).RootElement;
        Assert.Equal(18, stats.GetProperty("articles").GetInt32());
        Assert.Equal(exported.Sum(a => a.GetProperty("quotes").GetArrayLength()), stats.GetProperty("quotes").GetInt32());
        Assert.Equal(exported.Count(a => a.GetProperty("language").GetString() == "de"), stats.GetProperty("byLanguage").GetProperty("de").GetInt32());
    }

    [Fact]
    public void Verify_reports_a_damaged_file_and_a_lost_index_is_rebuilt_from_the_files()
    {
        Write("ukraine.txt", German);
        Assert.Equal(0, CliRunner.Run("import", Path.Combine(_dir, "in"), "--archive", ArchiveDir).Exit);
        var file = Directory.GetFiles(Path.Combine(ArchiveDir, "articles"), "*.json", SearchOption.AllDirectories).Single();
        var json = File.ReadAllText(file);

        File.WriteAllText(file, json[..(json.Length / 2)]);
        var (exit, _, stderr) = Run("verify");
        Assert.Equal(1, exit);
        Assert.Contains($"{Path.GetFileName(file)}: invalid JSON", stderr, StringComparison.Ordinal);

        File.WriteAllText(file, json);
        File.Delete(Path.Combine(ArchiveDir, "index.sqlite"));
        foreach (var extra in Directory.GetFiles(ArchiveDir, "index.sqlite-*")) File.Delete(extra);
        // The index is rebuilt from the JSON files when it is missing, and on request.
        Assert.Single(Lines(Run("search", "Waffenruhe").Stdout));
        Assert.Equal(0, Run("reindex").Exit);
        Assert.Single(Lines(Run("search", "Waffenruhe").Stdout));
        Assert.Equal(0, Run("verify").Exit);
    }

    [Fact]
    public void Reparse_rewrites_the_articles_from_their_raw_inputs_and_keeps_ids_and_sources()
    {
        Assert.Equal(0, CliRunner.Run("import", TestPaths.Samples, "--include", "*.txt", "--archive", ArchiveDir).Exit);
        var before = Lines(Run("export").Stdout);
        foreach (var file in Directory.GetFiles(Path.Combine(ArchiveDir, "articles"), "*.json", SearchOption.AllDirectories))
            File.WriteAllText(file, File.ReadAllText(file).Replace("\"headline\": \"", "\"headline\": \"OLD ", StringComparison.Ordinal));
        var (exit, _, stderr) = Run("reparse");
        Assert.True(exit == 0, stderr);
        var after = Lines(Run("export").Stdout);
        Assert.Equal(before.Select(a => (a.GetProperty("id").GetString(), a.GetProperty("headline").GetString(), a.GetProperty("sources")[0].GetString())),
                     after.Select(a => (a.GetProperty("id").GetString(), a.GetProperty("headline").GetString(), a.GetProperty("sources")[0].GetString())));
    }

    [Fact]
    public void Show_prints_the_stored_file_and_an_unknown_id_is_exit_1_with_one_line()
    {
        Write("ukraine.txt", German);
        Assert.Equal(0, CliRunner.Run("import", Path.Combine(_dir, "in"), "--archive", ArchiveDir).Exit);
        var file = Directory.GetFiles(Path.Combine(ArchiveDir, "articles"), "*.json", SearchOption.AllDirectories).Single();
        var id = JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("id").GetString()!;
        Assert.Equal(File.ReadAllText(file), Run("show", id).Stdout);
        var (exit, stdout, stderr) = Run("show", "0000000000000000");
        Assert.Equal((1, ""), (exit, stdout));
        Assert.Equal("newsarc: error: no article with id 0000000000000000", stderr.Trim());
    }

    [Fact]
    public void A_query_on_an_archive_that_does_not_exist_is_a_usage_error_with_nothing_on_stdout()
    {
        var (exit, stdout, stderr) = Run("list");
        Assert.Equal((2, ""), (exit, stdout));
        Assert.Contains("no archive at", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(ArchiveDir));
    }

    [Fact]
    public void The_archive_comes_from_NEWSARC_ARCHIVE_when_no_option_names_it()
    {
        Write("ukraine.txt", German);
        Environment.SetEnvironmentVariable("NEWSARC_ARCHIVE", ArchiveDir);
        try
        {
            Assert.Equal(0, CliRunner.Run("import", Path.Combine(_dir, "in")).Exit);
            Assert.Single(Lines(CliRunner.Run("list", "--format", "jsonl").Stdout));
        }
        finally
        {
            Environment.SetEnvironmentVariable("NEWSARC_ARCHIVE", null);
        }
    }
}
