using System.CommandLine;
using NewsArchive.Cli.Commands;
using Serilog;
using Serilog.Events;

namespace NewsArchive.Cli;

/// <summary>
/// Builds the command tree and runs it. stdout carries only data (JSON); logs, errors and progress
/// go to stderr. A usage error is one line on stderr and exit code 2, never a help text on stdout.
/// </summary>
internal static class Cli
{
    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Log details and diagnostics (and stack traces of internal errors) to stderr.",
        Recursive = true,
    };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand(
            "newsarc: turns news articles (copied text, saved pages) into clean JSON: headline, dateline, byline, " +
            "images, paragraphs and every direct quote with its speaker.\n\n" +
            "Examples:\n" +
            "  newsarc parse article.txt | jq .headline\n" +
            "  newsarc parse --format jsonl *.txt | jq -c '.quotes[] | {speaker, text}'\n" +
            "  newsarc import ~/clippings --archive ~/news\n" +
            "  newsarc search --archive ~/news Waffenruhe --speaker selenskyj")
        {
            Verbose,
            ParseCommand.Create(),
            ImportCommand.Create(),
            ListCommand.Create(),
            ShowCommand.Create(),
            SearchCommand.Create(),
            ExportCommand.Create(),
            StatsCommand.Create(),
            VerifyCommand.Create(),
            ReindexCommand.Create(),
            ReparseCommand.Create(),
        };

        var result = root.Parse(args);
        var verbose = result.GetValue(Verbose);
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Is(verbose ? LogEventLevel.Debug : LogEventLevel.Information)
            .WriteTo.Sink(new StderrSink(stderr, "newsarc: {Level:w}: {Message:lj}{NewLine}{Exception}"))
            .CreateLogger();
        try
        {
            if (result.Errors.Count > 0)
            {
                var message = string.Join(' ', result.Errors[0].Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                stderr.WriteLine($"newsarc: {message} (see 'newsarc --help')");
                return ExitCodes.Usage;
            }
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (NewsArchive.Storage.ArchiveException e)
        {
            Log.Error("{Message}", e.Message);
            return e.Missing ? ExitCodes.Usage : ExitCodes.SomeFailed;
        }
        catch (Exception e)
        {
            if (verbose) Log.Fatal(e, "internal error");
            else Log.Fatal("internal error: {Message} (run with --verbose for details)", e.Message);
            return ExitCodes.SomeFailed;
        }
        finally
        {
            Log.CloseAndFlush();
        }
    }
}
