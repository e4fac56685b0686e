using System.CommandLine;
using NewsArchive.Storage;

namespace NewsArchive.Cli.Commands;

/// <summary>
/// <c>newsarc list</c>: the archive's articles by local publication date (undated last), filtered. A table on a
/// terminal, one <see cref="ArticleSummary"/> JSON object per line otherwise or with <c>--format jsonl</c>.
/// Exit 1 when nothing matches.
/// </summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var archive = ArchiveOptions.Archive();
        var format = ArchiveOptions.Format("jsonl");
        var limit = ArchiveOptions.Limit();
        var filters = new FilterOptions();
        var command = new Command("list", "List archived articles.\n\n" +
            "Examples:\n" +
            "  newsarc list --since 2025-02-01 --agency dpa\n" +
            "  newsarc list --format jsonl --language de | jq -r .headline")
        {
            archive, format, limit,
        };
        filters.AddTo(command);
        command.SetAction(result =>
        {
            using var store = Archive.Open(ArchiveOptions.Resolve(result.GetValue(archive)), ArchiveOptions.Version, ArchiveAccess.Query);
            var output = result.InvocationConfiguration.Output;
            var table = Tables.Wanted(result.GetValue(format), output);
            var count = 0;
            foreach (var summary in store.List(filters.From(result), result.GetValue(limit)))
            {
                if (table && count == 0) Tables.SummaryHeader(output);
                output.WriteLine(table ? Tables.Summary(summary) : CliJson.Line(summary));
                count++;
            }
            return count > 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }
}
