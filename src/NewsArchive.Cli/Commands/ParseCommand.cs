using System.CommandLine;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Json;
using Serilog;

namespace NewsArchive.Cli.Commands;

/// <summary><c>newsarc parse FILE...</c>: each input's article JSON on stdout, in input order, parsed on every core.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Article files (text or HTML); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "pretty: one indented JSON object per input; jsonl: one compact object per line.",
            DefaultValueFactory = _ => "pretty",
        };
        format.AcceptOnlyFromAmong("pretty", "jsonl");
        var maxSize = MaxSizeOption.Create();
        var parseOptions = new ParseOptionSet();

        var command = new Command("parse", "Parse articles and print their JSON to stdout.\n\n" +
            "Examples:\n" +
            "  newsarc parse article.txt | jq '.quotes[] | select(.speaker == \"Donald Trump\") | .text'\n" +
            "  newsarc parse --format jsonl a.txt b.txt | jq -c '{headline, published: .dateline.published}'\n" +
            "  pbpaste | newsarc parse - --timezone Europe/Berlin")
        {
            files, format, maxSize,
        };
        parseOptions.AddTo(command);
        command.SetAction(result =>
        {
            var options = parseOptions.From(result);
            var indented = result.GetValue(format) == "pretty";
            var limit = result.GetValue(maxSize);
            var failed = 0;
            // Inputs are parsed ahead on every core, a bounded window of them at a time, and printed in input order.
            var window = new Queue<(string Path, Task<Parsing.ParseResult> Parsed)>();
            foreach (var path in result.GetValue(files)!)
            {
                window.Enqueue((path, Task.Run(() => Parse(path, limit, options))));
                if (window.Count >= Window) Print(window.Dequeue());
            }
            while (window.Count > 0) Print(window.Dequeue());
            return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;

            void Print((string Path, Task<Parsing.ParseResult> Parsed) item)
            {
                var (path, parsed) = (item.Path, item.Parsed.GetAwaiter().GetResult());
                foreach (var diagnostic in parsed.Diagnostics) Log.Debug("{Path}: {Diagnostic}", path, diagnostic);
                if (parsed.Article is null)
                {
                    Log.Error("{Path}: {Reason}", path, parsed.Error);
                    failed++;
                    return;
                }
                result.InvocationConfiguration.Output.WriteLine(ArticleJson.Serialize(parsed.Article, indented));
            }
        });
        return command;
    }

    /// <summary>Inputs parsed ahead of the one printed: enough to keep every core busy, few enough to hold in memory.</summary>
    private static int Window => 4 * Environment.ProcessorCount;

    private static Parsing.ParseResult Parse(string path, long limit, ParseOptions options)
    {
        var input = InputFile.Read(path, limit);
        return input.Error is null
            ? ArticleParser.Parse(input.Bytes, path == "-" ? null : path, options)
            : Parsing.ParseResult.Failed(input.Error);
    }
}
