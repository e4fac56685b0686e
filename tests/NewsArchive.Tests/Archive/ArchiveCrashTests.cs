using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsArchive.Evaluation;
using NewsArchive.Parsing;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Archive;

/// <summary>
/// <c>newsarc import</c> as real processes on real Reuters wire articles: killed (SIGKILL) at random moments
/// and then run to the end, or two running at once into one new archive. Afterwards the archive must hold
/// every article exactly once, with every file it came from in <c>sources</c>, and <c>verify</c> must pass.
/// The imports keep both cores busy, so these tests run alone (<see cref="ImportProcesses"/>).
/// CI runs them on 1,500 articles; <c>NEWSARC_CRASH_ARTICLES=N</c> (or <c>all</c>: every Reuters article that parses,
/// 19,000 files of 20 SGML files) runs the same tests at scale.
/// </summary>
[Collection(ImportProcesses.Name)]
public sealed class ArchiveCrashTests(ITestOutputHelper output) : IDisposable
{
    private static readonly int Articles = Environment.GetEnvironmentVariable("NEWSARC_CRASH_ARTICLES") switch
    {
        "all" => int.MaxValue,
        { } n when int.TryParse(n, CultureInfo.InvariantCulture, out var count) && count > 0 => count,
        _ => 1500,
    };

    private const int Seed = 1987;
    private const int Kills = 4;

    /// <summary>For one process: two minutes for the 1,500 articles of CI, more at scale.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(Math.Max(2, Math.Min(Articles, 20_000) / 1000.0));
    private static readonly Lazy<IReadOnlyList<Input>> Corpus = new(ReadCorpus);

    private readonly string _dir = Directory.CreateTempSubdirectory("newsarc-crash-").FullName;
    private readonly List<Newsarc> _started = [];

    public void Dispose()
    {
        foreach (var process in _started) process.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task An_import_killed_again_and_again_then_run_to_the_end_leaves_every_article_once()
    {
        var inputs = WriteInputs(Corpus.Value);
        var folder = Path.Combine(_dir, "in");
        var archive = Path.Combine(_dir, "archive");
        var distinct = inputs.Select(i => i.Id).Distinct().Count();

        // The first kill comes at a random moment of the first second, while the archive is created or its first
        // batch is stored; each later one at a random point of the work left (a number of JSON files on disk, plus
        // up to 50 ms), so that on a fast or a slow machine alike it falls in the middle of an import. Should none of
        // them have caught a batch being stored, up to three more kills follow.
        var random = new Random(Seed);
        var rounds = new List<string>();
        var midImport = 0;
        var midTransaction = 0;
        for (var i = 0; i < Kills || (midTransaction == 0 && i < Kills + 3); i++)
        {
            var before = CountJsonFiles(archive);
            var process = Start("import", folder, "--archive", archive);
            string moment;
            if (i == 0)
            {
                var delay = 0.3 + (random.NextDouble() * 0.7);
                await Task.Delay(TimeSpan.FromSeconds(delay));
                moment = string.Create(CultureInfo.InvariantCulture, $"after {delay:F2} s");
            }
            else
            {
                var target = before + Math.Max(1, (int)((distinct - before) * (0.15 + (random.NextDouble() * 0.45))));
                var jitter = random.Next(50);
                await UntilJsonFiles(archive, target, process);
                await Task.Delay(jitter);
                moment = $"at {target} JSON files + {jitter} ms";
            }
            var killed = process.Kill();
            var onDisk = JsonFiles(archive).Count;
            var indexed = await Listed(archive);
            rounds.Add($"kill {i + 1} {moment}: {(killed ? "killed" : "had exited")}, then {onDisk} of {distinct} articles on disk, {indexed} in the index");
            if (killed && onDisk > 0 && onDisk < distinct) midImport++;
            if (killed && onDisk > indexed) midTransaction++;
        }
        var report = $"seed {Seed}; " + string.Join("; ", rounds);
        output.WriteLine(report);
        Assert.True(midImport > 0, "no kill hit an import in the middle: " + report);
        Assert.True(midTransaction > 0, "no kill hit a batch being stored (files on disk the index does not have yet): " + report);

        var last = await Run("import", folder, "--archive", archive, "--json");
        Assert.True(last.Exit == 0, $"the last import exited {last.Exit} ({report}):\n{last.Stderr}");
        using (var summary = JsonDocument.Parse(last.Stdout))
        {
            var s = summary.RootElement;
            Assert.Equal(0, s.GetProperty("failed").GetArrayLength());
            Assert.Equal(inputs.Count, Count(s, "imported") + Count(s, "sourceAdded") + Count(s, "alreadyPresent"));
        }
        await AssertArchiveHoldsExactly(archive, inputs, report);
    }

    [Fact]
    public async Task Two_imports_at_once_of_overlapping_folders_store_each_article_once_with_all_its_sources()
    {
        // b/ in both imports, a/ only in the first, c/ only in the second; c/ also holds copies of twenty files of a/
        // (same name, spread over the folder), so those articles come from both processes through different files.
        // Both imports walk b/ first and then a/ or c/ in the same name order: they meet on the same articles at
        // the same time, first the same files, then the copies.
        var corpus = Corpus.Value;
        var copies = corpus.Where((_, i) => i % 75 == 0).Select(c => c with { Name = "c/" + Path.GetFileName(c.Name) });
        var inputs = WriteInputs(corpus.Concat(copies));
        var archive = Path.Combine(_dir, "archive");
        string[] first = [Path.Combine(_dir, "in", "b"), Path.Combine(_dir, "in", "a")];
        string[] second = [Path.Combine(_dir, "in", "b"), Path.Combine(_dir, "in", "c")];

        var clock = Stopwatch.StartNew();
        var one = Start(["import", .. first, "--archive", archive, "--json"]);
        var two = Start(["import", .. second, "--archive", archive, "--json"]);
        var results = await Task.WhenAll(one.Wait(Timeout), two.Wait(Timeout));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"both imports done after {clock.Elapsed.TotalSeconds:F2} s"));

        var summaries = new List<JsonElement>();
        foreach (var (result, folders) in results.Zip([first, second]))
        {
            Assert.True(result.Exit == 0, $"the import of {string.Join(" and ", folders)} exited {result.Exit}:\n{result.Stderr}");
            using var summary = JsonDocument.Parse(result.Stdout);
            summaries.Add(summary.RootElement.Clone());
        }
        var sources = await AssertArchiveHoldsExactly(archive, inputs, "two imports at once");
        var copied = copies.First().Id; // one article stored through a file of a/ by one import and one of c/ by the other
        Assert.Equal(inputs.Where(i => i.Id == copied).Select(i => i.Path).Order(StringComparer.Ordinal), sources[copied].Order(StringComparer.Ordinal));
        Assert.Equal(2, sources[copied].Count);

        // What the two summaries say: each file counted once per import, each article counted as new by one of them,
        // each further file it is in as one source added.
        var distinct = inputs.Select(i => i.Id).Distinct().Count();
        foreach (var (s, folders) in summaries.Zip([first, second]))
        {
            Assert.Equal(0, s.GetProperty("failed").GetArrayLength());
            var files = inputs.Count(i => folders.Any(f => i.Path.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal)));
            Assert.Equal(files, Count(s, "imported") + Count(s, "sourceAdded") + Count(s, "alreadyPresent"));
        }
        var imported = summaries.Sum(s => Count(s, "imported"));
        var added = summaries.Sum(s => Count(s, "sourceAdded"));
        Assert.True(imported == distinct && added == inputs.Count - distinct,
            $"the two imports say they imported {imported} articles and added {added} sources, for {distinct} articles in {inputs.Count} files");
    }

    private static int Count(JsonElement summary, string name) => summary.GetProperty(name).GetInt32();

    /// <summary>
    /// <c>verify</c> passes, <c>list</c> gives exactly the articles of <paramref name="inputs"/>, once each, and so do the
    /// JSON files under <c>articles/</c>, each with every input file of its article in <c>sources</c>, once;
    /// no temporary file is left outside <c>tmp/</c>. Returns each id's sources as stored.
    /// </summary>
    private static async Task<Dictionary<string, List<string>>> AssertArchiveHoldsExactly(string archive, IReadOnlyList<Input> inputs, string context)
    {
        var expected = inputs.GroupBy(i => i.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(i => i.Path).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var ids = expected.Keys.Order(StringComparer.Ordinal).ToList();

        var verify = await Run("verify", "--archive", archive);
        Assert.True(verify.Exit == 0, $"verify exited {verify.Exit} ({context}):\n{verify.Stderr}");

        var list = await Run("list", "--archive", archive, "--format", "jsonl");
        Assert.True(list.Exit == 0, $"list exited {list.Exit} ({context}):\n{list.Stderr}");
        var listed = list.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(IdOf).Order(StringComparer.Ordinal).ToList();
        AssertSameIds(ids, listed, "list");

        var stored = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var files = JsonFiles(archive);
        var storedIds = new List<string>();
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            var id = json.RootElement.GetProperty("id").GetString()!;
            storedIds.Add(id);
            stored[id] = [.. json.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!)];
        }
        AssertSameIds(ids, [.. storedIds.Order(StringComparer.Ordinal)], "the JSON files");
        Assert.Equal(ids.Count, files.Count);
        var wrongSources = ids.Where(id => !stored[id].Order(StringComparer.Ordinal).SequenceEqual(expected[id]))
            .Select(id => $"{id}: sources [{string.Join(", ", stored[id])}], expected [{string.Join(", ", expected[id])}]").ToList();
        Assert.True(wrongSources.Count == 0, $"{wrongSources.Count} articles have wrong sources ({context}):\n{string.Join("\n", wrongSources.Take(10))}");

        var temp = Path.Combine(archive, "tmp") + Path.DirectorySeparatorChar;
        var strayTemp = Directory.EnumerateFiles(archive, "*.tmp", SearchOption.AllDirectories).Where(f => !f.StartsWith(temp, StringComparison.Ordinal)).ToList();
        Assert.True(strayTemp.Count == 0, "temporary files outside tmp/: " + string.Join(", ", strayTemp));
        return stored;
    }

    private static void AssertSameIds(List<string> expected, List<string> actual, string what)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var twice = actual.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key} ({g.Count()}x)").ToList();
        var unexpected = actual.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && twice.Count == 0 && unexpected.Count == 0,
            $"{what}: {actual.Count} ids for {expected.Count} articles; missing {missing.Count} ({string.Join(", ", missing.Take(10))}), " +
            $"more than once {twice.Count} ({string.Join(", ", twice.Take(10))}), unexpected {unexpected.Count} ({string.Join(", ", unexpected.Take(10))})");
    }

    private static int CountJsonFiles(string archive)
    {
        var articles = Path.Combine(archive, "articles");
        return Directory.Exists(articles) ? Directory.EnumerateFiles(articles, "*.json", SearchOption.AllDirectories).Count() : 0;
    }

    /// <summary>Returns once <paramref name="count"/> JSON files are on disk or the import has ended.</summary>
    private static async Task UntilJsonFiles(string archive, int count, Newsarc process)
    {
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && CountJsonFiles(archive) < count && clock.Elapsed < Timeout) await Task.Delay(20);
    }

    /// <summary>How many articles <c>list</c> shows: those whose batch was committed.</summary>
    private static async Task<int> Listed(string archive)
    {
        var list = await Run("list", "--archive", archive, "--format", "jsonl");
        return list.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    private static string IdOf(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Every JSON file under <c>articles/</c>, each checked to parse.</summary>
    private static List<string> JsonFiles(string archive)
    {
        var articles = Path.Combine(archive, "articles");
        if (!Directory.Exists(articles)) return [];
        var files = Directory.EnumerateFiles(articles, "*.json", SearchOption.AllDirectories).ToList();
        foreach (var file in files)
        {
            try
            {
                using var _ = JsonDocument.Parse(File.ReadAllBytes(file));
            }
            catch (JsonException e)
            {
                Assert.Fail($"{file} is not JSON: {e.Message}");
            }
        }
        return files;
    }

    /// <summary>Writes the inputs under <c>in/</c> of the test folder; the same inputs with their full paths.</summary>
    private List<Input> WriteInputs(IEnumerable<Input> inputs)
    {
        var written = new List<Input>();
        foreach (var input in inputs)
        {
            var path = Path.GetFullPath(Path.Combine(_dir, "in", input.Name));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, input.Bytes);
            written.Add(input with { Path = path });
        }
        return written;
    }

    /// <summary>
    /// The first <see cref="Articles"/> Reuters reader's copies that parse (in file order: 1,500 come from the first three files), as UTF-8, spread over a/, b/ and c/ in turn,
    /// each with its id from the parser itself (some Reuters texts are exact duplicates: one id for several files).
    /// </summary>
    private static List<Input> ReadCorpus()
    {
        var folder = Path.Combine(TestPaths.Shared, "corpora", "reuters-21578");
        var inputs = new List<Input>();
        var sgml = Directory.EnumerateFiles(folder, "reut2-*.sgm").Order(StringComparer.Ordinal);
        foreach (var article in sgml.SelectMany(ReutersSgml.Read))
        {
            if (inputs.Count == Articles) break;
            var bytes = Encoding.UTF8.GetBytes(article.Copy);
            var name = $"{"abc"[inputs.Count % 3]}/reuters-{article.NewId}.txt";
            if (Parse(bytes, name) is { } id) inputs.Add(new Input(name, bytes, id, ""));
        }
        if (Articles != int.MaxValue) Assert.Equal(Articles, inputs.Count);
        Assert.True(inputs.Select(i => i.Id).Distinct().Count() < inputs.Count, "no two Reuters texts alike: the test of duplicates tests nothing");
        return inputs;
    }

    private static string? Parse(byte[] bytes, string name)
    {
        try
        {
            return ArticleParser.Parse(bytes, name, new ParseOptions(null, null)).Article?.Id;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null; // newsarc fails such a file too; it is no input here
        }
    }

    private Newsarc Start(params string[] args)
    {
        var process = Newsarc.Start(args);
        _started.Add(process);
        return process;
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var process = Newsarc.Start(args);
        return await process.Wait(Timeout);
    }

    /// <summary>One input: its name under <c>in/</c>, its bytes, its article id, and its full path once written.</summary>
    private sealed record Input(string Name, byte[] Bytes, string Id, string Path);

    /// <summary>The built <c>newsarc.dll</c> in a process of its own, its output read as it comes; killed when disposed.</summary>
    private sealed class Newsarc : IDisposable
    {
        private readonly Process _process;
        private readonly Task<string> _stdout;
        private readonly Task<string> _stderr;

        private Newsarc(Process process)
        {
            _process = process;
            _stdout = process.StandardOutput.ReadToEndAsync();
            _stderr = process.StandardError.ReadToEndAsync();
        }

        public static Newsarc Start(string[] args)
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsarc.dll"));
            foreach (var a in args) info.ArgumentList.Add(a);
            var process = Process.Start(info)!;
            process.StandardInput.Close();
            return new Newsarc(process);
        }

        public bool HasExited => _process.HasExited;

        public async Task<(int Exit, string Stdout, string Stderr)> Wait(TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await _process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                Kill();
                Assert.Fail($"newsarc {string.Join(' ', _process.StartInfo.ArgumentList.Skip(1))} still running after {timeout.TotalSeconds} s: killed");
            }
            return (_process.ExitCode, await _stdout, await _stderr);
        }

        /// <summary>SIGKILL on Linux; true when it was the kill that ended the process (not its own exit before).</summary>
        public bool Kill()
        {
            try
            {
                _process.Kill();
            }
            catch (InvalidOperationException)
            {
                // Exited already.
            }
            _process.WaitForExit();
            return _process.ExitCode == 128 + 9;
        }

        public void Dispose()
        {
            if (!_process.HasExited) Kill();
            _process.Dispose();
        }
    }
}

/// <summary>The crash tests run alone, after the others: their imports keep both cores busy.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ImportProcesses
{
    public const string Name = "newsarc import processes";
}
