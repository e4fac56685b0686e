using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace NewsArchive.Tests.Cli;

/// <summary>
/// Issue 6's bad-input matrix through the real command line, on <c>parse</c> and <c>import</c>: what a user
/// sees (exit code, the one stderr line naming the file and the reason, stdout, the archive). Big inputs are
/// made here, sparse where they can be. Unreadable files and read-only archives need another user:
/// <see cref="Archive.ArchivePermissionTests"/>.
/// </summary>
[Collection(InProcessCli.Name)]
public sealed class BadInputTests : IDisposable
{
    private const string Body = "Der Text des Artikels steht hier, in einem Absatz mit mehreren Wörtern über die Größe der Stadt.";
    private const string NestingReason = "HTML nested more than 10,000 elements deep: refused, as no news page is and parsing it would take minutes";

    private readonly string _dir = Directory.CreateTempSubdirectory("newsarc-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string In => Path.Combine(_dir, "in");

    private string ArchiveDir => Path.Combine(_dir, "archive");

    private string Good(string name = "good.txt", string headline = "Eine gute Schlagzeile") =>
        Write(name, Encoding.UTF8.GetBytes($"{headline}\n{Body}\n"));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(In, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    /// <summary>Makes the bad input <paramref name="name"/> in the input folder and returns its path.</summary>
    private string Make(string name)
    {
        switch (name)
        {
            case "empty.txt": return Write(name, []);
            case "whitespace.txt": return Write(name, " \t\r\n\u00A0\n  \n"u8.ToArray());
            case "picture.png": return Write(name, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R']);
            case "clippings.zip": return Write(name, [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0, .. "article.txt"u8]);
            case "program":
                // A real ELF executable: the host running these tests.
                var elf = Path.Combine(In, name);
                Directory.CreateDirectory(In);
                File.Copy(Environment.ProcessPath!, elf);
                return elf;
            case "huge.txt":
                // 1 GiB that takes no disk: a sparse file, never written.
                var huge = Write(name, "Headline\n"u8.ToArray());
                using (var stream = new FileStream(huge, FileMode.Open)) stream.SetLength(1L << 30);
                return huge;
            case "pipe":
                var fifo = Path.Combine(In, name);
                Directory.CreateDirectory(In);
                using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
                return fifo;
            case "divs.html": return Write(name, Encoding.UTF8.GetBytes($"<!doctype html><html><body>{Repeat("<div>", 50_000)}text{Repeat("</div>", 50_000)}</body></html>"));
            case "italic-bold.html": return Write(name, Encoding.UTF8.GetBytes($"<!doctype html><html><body>{Repeat("<i><b>", 80_000)}text</body></html>"));
            case "folder":
                Directory.CreateDirectory(Path.Combine(In, name));
                return Path.Combine(In, name);
            default: throw new ArgumentException(name);
        }
    }

    public static TheoryData<string, string> Refused() => new()
    {
        { "empty.txt", "the file is empty" },
        { "whitespace.txt", "the file holds only whitespace" },
        { "picture.png", "binary file (a PNG image), not a text or HTML article" },
        { "clippings.zip", "binary file (a ZIP archive), not a text or HTML article" },
        { "program", "binary file (an ELF executable), not a text or HTML article" },
        { "huge.txt", "the file is 1 GiB, over the limit of 64 MiB (--max-size)" },
        { "pipe", "not a regular file (a pipe, socket or device); use '-' to read standard input" },
        { "divs.html", NestingReason },
        { "italic-bold.html", NestingReason },
    };

    /// <summary>Every stderr line is newsarc's own (no stack trace), and these are its error lines.</summary>
    private static List<string> ErrorLines(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.StartsWith("newsarc: ", l, StringComparison.Ordinal));
        return [.. lines.Where(l => l.StartsWith("newsarc: error: ", StringComparison.Ordinal))];
    }

    private static List<string?> Headlines(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("headline").GetString())];

    private void AssertArchiveHolds(params string?[] headlines)
    {
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(ArchiveDir, "tmp")));
        var stored = Directory.GetFiles(Path.Combine(ArchiveDir, "articles"), "*.json", SearchOption.AllDirectories)
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("headline").GetString());
        Assert.Equal(headlines.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        var verify = CliRunner.Run("verify", "--archive", ArchiveDir);
        Assert.True(verify.Exit == 0, verify.Stderr);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    [InlineData("folder", "is a directory, not a file (use 'newsarc import' for folders)")]
    public void Parse_refuses_a_bad_input_with_one_line_naming_it_exit_1_and_parses_the_rest(string name, string reason)
    {
        if (name == "pipe" && !OperatingSystem.IsLinux()) return;
        var first = Good("first.txt", "Die erste Schlagzeile");
        var bad = Make(name);
        var last = Good("last.txt", "Die letzte Schlagzeile");
        var clock = Stopwatch.StartNew();
        var (exit, stdout, stderr) = CliRunner.Run("parse", "--format", "jsonl", first, bad, last);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(1, exit);
        Assert.Equal([$"newsarc: error: {bad}: {reason}"], ErrorLines(stderr));
        Assert.Equal(["Die erste Schlagzeile", "Die letzte Schlagzeile"], Headlines(stdout));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Import_refuses_a_bad_file_in_a_folder_with_one_line_naming_it_exit_1_and_imports_the_rest(string name, string reason)
    {
        if (name == "pipe" && !OperatingSystem.IsLinux()) return;
        Good("a.txt", "Die erste Schlagzeile");
        var bad = Make(name);
        Good("z.txt", "Die letzte Schlagzeile");
        var (exit, stdout, stderr) = CliRunner.Run("import", In, "--archive", ArchiveDir);
        Assert.Equal((1, ""), (exit, stdout));
        Assert.Equal([$"newsarc: error: {bad}: {reason}"], ErrorLines(stderr));
        Assert.Contains("imported 2, already present 0 (of which 0 found in another file now listed as a source), failed 1 (each named above);", stderr, StringComparison.Ordinal);
        AssertArchiveHolds("Die erste Schlagzeile", "Die letzte Schlagzeile");
    }

    [Fact]
    public void A_file_deleted_after_the_walk_listed_it_is_one_line_and_the_rest_is_imported()
    {
        Good("a.txt", "Die erste Schlagzeile");
        var doomed = Good("b.txt", "Die verschwundene Schlagzeile");
        Good("c.txt", "Die letzte Schlagzeile");
        // The walk has listed b.txt; it is deleted just before a worker reads it.
        NewsArchive.Cli.Commands.ImportCommand.BeforeRead = path => { if (path == doomed) File.Delete(path); };
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("import", In, "--archive", ArchiveDir, "--jobs", "2");
            Assert.Equal((1, ""), (exit, stdout));
            Assert.Equal([$"newsarc: error: {doomed}: no such file"], ErrorLines(stderr));
        }
        finally
        {
            NewsArchive.Cli.Commands.ImportCommand.BeforeRead = null;
        }
        AssertArchiveHolds("Die erste Schlagzeile", "Die letzte Schlagzeile");
    }

    [Fact]
    public void A_symbolic_link_loop_in_an_imported_folder_is_one_line_and_the_rest_is_imported()
    {
        Good(Path.Combine("folder", "one.txt"));
        var loop = Path.Combine(In, "folder", "loop");
        Directory.CreateSymbolicLink(loop, In);
        var (exit, _, stderr) = CliRunner.Run("import", In, "--archive", ArchiveDir);
        Assert.Equal(1, exit);
        Assert.Equal([$"newsarc: error: {loop}: symbolic link loop (leads back to {In}); not followed"], ErrorLines(stderr));
        AssertArchiveHolds("Eine gute Schlagzeile");
    }

    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>Makes the damaged but readable input <paramref name="name"/> and returns its path.</summary>
    private string MakeDamaged(string name)
    {
        var body = Encoding.UTF8.GetBytes(Body + "\n");
        return name switch
        {
            "invalid-utf8.txt" => Write(name, [.. "Schlagzeile über Größe\n"u8, .. body, 0xFF, 0xFE, 0xC3, .. " kaputt\n"u8, .. body]),
            "utf16-without-bom.txt" => Write(name, Encoding.Unicode.GetBytes($"Schlagzeile über Größe\n{Body}\n")),
            "latin1.txt" => Write(name, Latin1.GetBytes($"Schlagzeile über Größe\n{Body}\n")),
            "nul-and-control.txt" => Write(name, Encoding.UTF8.GetBytes($"Schlag\0zeile\u0007 mit\u001B Steuer\u0001zeichen\n{Body}\0\u000B\u007F\n")),
            "one-5mb-line.txt" => Write(name, Encoding.UTF8.GetBytes(Repeat("Wort ", 1 << 20))),
            "100000-quotes.txt" => Write(name, Encoding.UTF8.GetBytes($"Anführungszeichen\nEr sagte: {new string('"', 100_000)}\n")),
            "truncated.html" => Write(name, Encoding.UTF8.GetBytes($"<!doctype html><html><head><title>Abgeschnittene Seite</title></head><body><article><h1>Abgeschnittene Seite</h1><p>{Body}</p><p>Und dann bricht die Seite ab, mitten in <a href=\"htt")),
            "20mb-script.html" => Write(name, Encoding.UTF8.GetBytes($"<!doctype html><html><head><title>Seite mit Skript</title><script>var x = '{new string('a', 20 << 20)}';</script></head><body><article><h1>Seite mit Skript</h1><p>{Body}</p></article></body></html>")),
            "passwd-headline.txt" => Write(name, Encoding.UTF8.GetBytes($"../../etc/passwd\n{Body}\n")),
            "control-headline.txt" => Write(name, Encoding.UTF8.GetBytes($"\u001B[2J\u0007Angriff\u0008 auf\u001B]0;x\u0007 das Terminal\n{Body}\n")),
            "238-character-headline.txt" => Write(name, Encoding.UTF8.GetBytes($"{Repeat("Überlang ", 26)}Ende\n{Body}\n")),
            "2000-character-headline.txt" => Write(name, Encoding.UTF8.GetBytes($"{Repeat("Überlang ", 222)}Ende\n{Body}\n")),
            _ => throw new ArgumentException(name),
        };
    }

    /// <summary>Input, the headline that comes out, the encoding read, and what <c>--verbose</c> says of the damage.</summary>
    public static TheoryData<string, string?, string, string?> Repaired() => new()
    {
        { "invalid-utf8.txt", "Schlagzeile über Größe", "utf-8", "encoding: 3 invalid UTF-8 byte sequences replaced with U+FFFD" },
        { "utf16-without-bom.txt", "Schlagzeile über Größe", "utf-16le", null },
        { "latin1.txt", "Schlagzeile über Größe", "windows-1252", null },
        { "nul-and-control.txt", "Schlagzeile mit Steuerzeichen", "utf-8", null },
        { "one-5mb-line.txt", null, "utf-8", null },
        { "100000-quotes.txt", "Anführungszeichen", "utf-8", "quotes: paragraphs over 20000 characters were not searched for quotes" },
        { "truncated.html", "Abgeschnittene Seite", "utf-8", null },
        { "20mb-script.html", "Seite mit Skript", "utf-8", null },
        { "passwd-headline.txt", "../../etc/passwd", "utf-8", null },
        { "control-headline.txt", "[2JAngriff auf]0;x das Terminal", "utf-8", null },
        { "238-character-headline.txt", Repeat("Überlang ", 26) + "Ende", "utf-8", null }, // the longest a headline may be is 250
        { "2000-character-headline.txt", null, "utf-8", null }, // not a headline: the file is article-ID.json
    };

    [Theory]
    [MemberData(nameof(Repaired))]
    public void Parse_reads_a_damaged_input_to_valid_json_and_states_the_repair_in_the_log(string name, string? headline, string encoding, string? diagnostic)
    {
        var path = MakeDamaged(name);
        var (exit, stdout, stderr) = CliRunner.Run("parse", "--format", "jsonl", "--verbose", path);
        Assert.True(exit == 0, stderr);
        Assert.Empty(ErrorLines(stderr));
        var article = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(headline, article.GetProperty("headline").GetString());
        Assert.Equal(encoding, article.GetProperty("input").GetProperty("encoding").GetString());
        Assert.NotEmpty(article.GetProperty("paragraphs").EnumerateArray());
        var text = string.Join('\n', article.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()).Append(headline));
        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\n');
        if (diagnostic is not null) Assert.Contains($"newsarc: debug: {path}: {diagnostic}\n", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("script", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Repaired))]
    public void Import_stores_a_damaged_input_under_a_short_safe_name_inside_the_archive(string name, string? headline, string encoding, string? diagnostic)
    {
        _ = (encoding, diagnostic);
        MakeDamaged(name);
        var (exit, stdout, stderr) = CliRunner.Run("import", In, "--archive", ArchiveDir);
        Assert.True(exit == 0, stderr);
        Assert.Equal("", stdout);
        Assert.Empty(ErrorLines(stderr));
        AssertArchiveHolds(headline!);
        var stored = Directory.GetFiles(ArchiveDir, "*.json", SearchOption.AllDirectories).Single();
        Assert.Equal(Path.Combine(ArchiveDir, "articles", "undated"), Path.GetDirectoryName(stored));
        Assert.Matches(headline is null ? "^article-[0-9a-f]{16}\\.json$" : "^[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{16}\\.json$", Path.GetFileName(stored));
        Assert.True(Path.GetFileName(stored).Length <= 60 + 1 + 16 + 5, stored);
    }

    public static TheoryData<string, long, string?> MaxSizes() => new()
    {
        { "200KB", 200_000, null },
        { "200KB", 200_001, "the file is 200,001 bytes, over the limit of 200,000 bytes (--max-size)" },
        { "1KiB", 1024, null },
        { "1k", 1100, "the file is 1.1 KiB, over the limit of 1 KiB (--max-size)" },
        { "300", 301, "the file is 301 bytes, over the limit of 300 bytes (--max-size)" },
        { "64MiB", 70_000_000, "the file is 66.8 MiB, over the limit of 64 MiB (--max-size)" },
    };

    [Theory]
    [MemberData(nameof(MaxSizes))]
    public void Max_size_takes_bytes_or_SI_or_IEC_units_and_refuses_a_larger_file(string option, long size, string? reason)
    {
        // An article padded with spaces to the size (sparse past 1 MB: NUL bytes nobody reads).
        var path = Write("sized.txt", Encoding.UTF8.GetBytes($"Eine gute Schlagzeile\n{Body}\n"));
        using (var stream = new FileStream(path, FileMode.Open))
        {
            stream.Seek(0, SeekOrigin.End);
            if (size > 1_000_000) stream.SetLength(size);
            else stream.Write(Encoding.ASCII.GetBytes(new string(' ', (int)(size - stream.Length))));
        }
        var (exit, stdout, stderr) = CliRunner.Run("parse", "--format", "jsonl", "--max-size", option, path);
        if (reason is null)
        {
            Assert.Equal((0, ""), (exit, stderr));
            Assert.Equal(["Eine gute Schlagzeile"], Headlines(stdout));
        }
        else
        {
            Assert.Equal((1, ""), (exit, stdout));
            Assert.Equal([$"newsarc: error: {path}: {reason}"], ErrorLines(stderr));
        }
    }

    [Theory]
    [InlineData("parse", "12XB")]
    [InlineData("parse", "0")]
    [InlineData("parse", "1.5MB")]
    [InlineData("import", "MiB")]
    [InlineData("import", "99999999999999999999")]
    public void A_bad_max_size_is_a_usage_error_with_one_line_and_exit_2(string command, string value)
    {
        var good = Good();
        string[] args = command == "import" ? [command, good, "--max-size", value, "--archive", ArchiveDir] : [command, good, "--max-size", value];
        var (exit, stdout, stderr) = CliRunner.Run(args);
        Assert.Equal((2, ""), (exit, stdout));
        Assert.Equal($"newsarc: --max-size takes a size such as 64MiB, 200KB or 1048576 (bytes), not '{value}' (see 'newsarc --help')", stderr.TrimEnd('\n'));
        Assert.False(Directory.Exists(ArchiveDir));
    }
}
