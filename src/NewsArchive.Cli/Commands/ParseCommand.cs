using System.CommandLine;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Json;
using Serilog;

namespace NewsArchive.Cli.Commands;

/// <summary><c>newsarc parse FILE...</c>: each input's article JSON on stdout, in input order.</summary>
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
            foreach (var path in result.GetValue(files)!)
            {
                var input = InputFile.Read(path, limit);
                var parsed = input.Error is null
                    ? ArticleParser.Parse(input.Bytes, path == "-" ? null : path, options)
                    : Parsing.ParseResult.Failed(input.Error);
                foreach (var diagnostic in parsed.Diagnostics) Log.Debug("{Path}: {Diagnostic}", path, diagnostic);
                if (parsed.Article is null)
                {
                    Log.Error("{Path}: {Reason}", path, parsed.Error);
                    failed++;
                    continue;
                }
                result.InvocationConfiguration.Output.WriteLine(ArticleJson.Serialize(parsed.Article, indented));
            }
            return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }
}
