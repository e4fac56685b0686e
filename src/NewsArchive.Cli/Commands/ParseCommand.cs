using System.CommandLine;
using System.Globalization;
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
            Description = "Article files (plain text); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "pretty: one indented JSON object per input; jsonl: one compact object per line.",
            DefaultValueFactory = _ => "pretty",
        };
        format.AcceptOnlyFromAmong("pretty", "jsonl");
        var timezone = new Option<TimeZoneInfo?>("--timezone", "-z")
        {
            Description = "IANA zone (e.g. Europe/Berlin) for times the article states without a zone.",
            CustomParser = r => ParseZone(r),
        };
        var reference = new Option<DateOnly?>("--reference-date")
        {
            Description = "The day the article was read (yyyy-mm-dd): gives dates without a year their year.",
            CustomParser = r => ParseDate(r),
        };

        var command = new Command("parse", "Parse articles and print their JSON to stdout.\n\n" +
            "Examples:\n" +
            "  newsarc parse article.txt | jq '.quotes[] | select(.speaker == \"Donald Trump\") | .text'\n" +
            "  newsarc parse --format jsonl a.txt b.txt | jq -c '{headline, published: .dateline.published}'\n" +
            "  pbpaste | newsarc parse - --timezone Europe/Berlin")
        {
            files, format, timezone, reference,
        };
        command.SetAction(result =>
        {
            var options = new ParseOptions(result.GetValue(timezone), result.GetValue(reference));
            var indented = result.GetValue(format) == "pretty";
            var failed = 0;
            foreach (var path in result.GetValue(files)!)
            {
                var input = InputFile.Read(path);
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

    private static TimeZoneInfo? ParseZone(System.CommandLine.Parsing.ArgumentResult result)
    {
        var id = result.Tokens[0].Value;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        result.AddError($"unknown time zone '{id}' for --timezone (use an IANA name such as Europe/Berlin)");
        return null;
    }

    private static DateOnly? ParseDate(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        result.AddError($"--reference-date takes a date as yyyy-mm-dd, not '{text}'");
        return null;
    }
}
