using System.CommandLine;
using NewsArchive.Parsing;
using NewsArchive.Storage;
using Serilog;

namespace NewsArchive.Cli.Commands;

/// <summary><c>newsarc verify</c>: every JSON file parses, is named for its id, is there once, and the index agrees. Exit 1 on any problem.</summary>
internal static class VerifyCommand
{
    public static Command Create() => CheckCommand.Create("verify",
        "Check that every stored file is a valid article, stored once, and that the index agrees.\n\nExample:\n  newsarc verify --archive ~/news",
        ArchiveAccess.Query,
        (store, _) => store.Verify());
}

/// <summary><c>newsarc reindex</c>: rebuilds the index from the JSON files, in one transaction.</summary>
internal static class ReindexCommand
{
    public static Command Create() => CheckCommand.Create("reindex",
        "Rebuild the index from the stored JSON files.\n\nExample:\n  newsarc reindex --archive ~/news",
        ArchiveAccess.Write,
        (store, _) => store.Reindex());
}

/// <summary><c>newsarc reparse</c>: runs this version's parser over every kept raw input and rewrites the articles (ids stay; archivedAt and sources stay).</summary>
internal static class ReparseCommand
{
    public static Command Create()
    {
        var parseOptions = new ParseOptionSet();
        var command = CheckCommand.Create("reparse",
            "Re-run the parser over the kept raw inputs and rewrite the stored articles.\n\nExample:\n  newsarc reparse --archive ~/news",
            ArchiveAccess.Write,
            (store, result) =>
            {
                var options = parseOptions.From(result);
                return store.Reparse((bytes, path) => ArticleParser.Parse(bytes, path, options).Article);
            });
        parseOptions.AddTo(command);
        return command;
    }
}

/// <summary>The shape the three share: open the archive, run, one line per problem on stderr, a summary, optional JSON.</summary>
internal static class CheckCommand
{
    public static Command Create(string name, string description, ArchiveAccess access, Func<Archive, System.CommandLine.ParseResult, ArchiveReport> run)
    {
        var archive = ArchiveOptions.Archive();
        var json = new Option<bool>("--json") { Description = "Print a JSON summary on stdout." };
        var command = new Command(name, description) { archive, json };
        command.SetAction(result =>
        {
            using var store = Archive.Open(ArchiveOptions.Resolve(result.GetValue(archive)), ArchiveOptions.Version, access);
            var report = run(store, result);
            foreach (var problem in report.Problems) Log.Error("{Problem}", problem);
            Log.Information("{Archive}: {Command}: {Articles} articles, {Problems} problems", store.Layout.Root, name, report.Checked, report.Problems.Count);
            if (result.GetValue(json))
                result.InvocationConfiguration.Output.WriteLine(CliJson.Pretty(new CheckSummary(store.Layout.Root, report.Checked, report.Problems)));
            return report.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }
}
