using System.Diagnostics;

namespace NewsArchive.Tests.Cli;

/// <summary>Runs newsarc in-process with captured stdout and stderr, or as a real process.</summary>
internal static class CliRunner
{
    public static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = NewsArchive.Cli.Cli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The built <c>newsarc.dll</c> in a fresh process, with <paramref name="stdin"/> piped in.</summary>
    public static (int Exit, string Stdout, string Stderr) Process(string stdin, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "newsarc.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(info)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1))) process.Kill(entireProcessTree: true);
        return (process.ExitCode, stdoutTask.Result, stderr);
    }
}
