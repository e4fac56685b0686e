using System.Diagnostics;
using NewsArchive.Tests.Cli;

namespace NewsArchive.Tests.Archive;

/// <summary>
/// An archive the user cannot write, tested for real: the machines run as root, for whom every permission
/// check passes, so newsarc runs here as the unprivileged user nobody (<c>setpriv</c>).
/// </summary>
public sealed class ArchivePermissionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsarc-perm-").FullName;

    public ArchivePermissionTests()
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_dir, (UnixFileMode)0b111_101_101);
    }

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
            foreach (var folder in Directory.GetDirectories(_dir, "*", SearchOption.AllDirectories)) File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Import_into_a_read_only_archive_fails_at_once_with_one_line_and_queries_still_answer()
    {
        var input = Path.Combine(_dir, "in");
        Directory.CreateDirectory(input);
        File.Copy(Path.Combine(TestPaths.Samples, "de", "ntv-2025-03-04-bahnstreik.txt"), Path.Combine(input, "a.txt"));
        File.Copy(Path.Combine(TestPaths.Samples, "en", "ap-2025-02-12-clean-rivers-act.txt"), Path.Combine(input, "b.txt"));
        var archive = Path.Combine(_dir, "archive");
        Assert.Equal(0, CliRunner.Process("", "import", Path.Combine(input, "a.txt"), "--archive", archive).Exit);
        if (OperatingSystem.IsWindows()) return;
        foreach (var folder in Directory.GetDirectories(archive, "*", SearchOption.AllDirectories).Append(archive)) File.SetUnixFileMode(folder, (UnixFileMode)0b101_101_101);
        var before = Directory.GetFiles(archive, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var (exit, stdout, stderr) = AsNobody("import", input, "--archive", archive);
        Assert.Equal((1, ""), (exit, stdout));
        Assert.Equal($"newsarc: error: the archive at {archive} cannot be written (permission denied)", stderr.Trim());
        Assert.Equal(before, Directory.GetFiles(archive, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));

        var list = AsNobody("list", "--archive", archive, "--format", "jsonl");
        Assert.Equal(0, list.Exit);
        Assert.Contains("\"publisher\":\"ntv.de\"", list.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, AsNobody("verify", "--archive", archive).Exit);
    }

    [Fact]
    public void A_file_without_read_permission_is_one_line_naming_it_in_parse_and_import_and_the_rest_goes_on()
    {
        if (OperatingSystem.IsWindows()) return;
        var input = Path.Combine(_dir, "in");
        Directory.CreateDirectory(input);
        var good = Path.Combine(input, "a.txt");
        File.Copy(Path.Combine(TestPaths.Samples, "de", "ntv-2025-03-04-bahnstreik.txt"), good);
        var secret = Path.Combine(input, "b.txt");
        File.Copy(Path.Combine(TestPaths.Samples, "en", "ap-2025-02-12-clean-rivers-act.txt"), secret);
        File.SetUnixFileMode(secret, UnixFileMode.None);
        // Somewhere nobody may create the archive.
        var shared = Path.Combine(_dir, "shared");
        Directory.CreateDirectory(shared);
        File.SetUnixFileMode(shared, (UnixFileMode)0b111_111_111);
        var archive = Path.Combine(shared, "archive");

        var parse = AsNobody("parse", "--format", "jsonl", secret, good);
        Assert.Equal(1, parse.Exit);
        Assert.Equal($"newsarc: error: {secret}: permission denied", parse.Stderr.Trim());
        Assert.Equal("ntv.de", System.Text.Json.JsonDocument.Parse(parse.Stdout).RootElement.GetProperty("byline").GetProperty("publisher").GetString());

        var import = AsNobody("import", input, "--archive", archive);
        Assert.Equal((1, ""), (import.Exit, import.Stdout));
        var lines = import.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.StartsWith("newsarc: ", l, StringComparison.Ordinal));
        Assert.Equal([$"newsarc: error: {secret}: permission denied"], lines.Where(l => l.StartsWith("newsarc: error: ", StringComparison.Ordinal)));
        Assert.Contains("imported 1, already present 0", import.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(archive, "tmp")));
        Assert.Single(Directory.GetFiles(Path.Combine(archive, "articles"), "*.json", SearchOption.AllDirectories));
    }

    private (int Exit, string Stdout, string Stderr) AsNobody(params string[] args)
    {
        if (Environment.UserName != "root")
            return CliRunner.Process("", args);
        var info = new ProcessStartInfo("setpriv") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", "env", $"HOME={_dir}", "DOTNET_CLI_HOME=" + _dir, "dotnet", Path.Combine(AppContext.BaseDirectory, "newsarc.dll"), .. args])
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}
