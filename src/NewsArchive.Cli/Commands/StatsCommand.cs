using System.CommandLine;
using NewsArchive.Storage;

namespace NewsArchive.Cli.Commands;

/// <summary><c>newsarc stats</c>: counts of articles and quotes, and articles by month, publisher, agency and language; tables on a terminal, JSON otherwise.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var archive = ArchiveOptions.Archive();
        var format = ArchiveOptions.Format("json");
        var filters = new FilterOptions();
        var command = new Command("stats", "Count archived articles by month, publisher, agency and language.\n\n" +
            "Examples:\n" +
            "  newsarc stats\n" +
            "  newsarc stats --format json | jq .byAgency")
        {
            archive, format,
        };
        filters.AddTo(command);
        command.SetAction(result =>
        {
            using var store = Archive.Open(ArchiveOptions.Resolve(result.GetValue(archive)), ArchiveOptions.Version, ArchiveAccess.Query);
            var output = result.InvocationConfiguration.Output;
            var stats = store.Stats(filters.From(result));
            if (!Tables.Wanted(result.GetValue(format), output))
            {
                output.WriteLine(CliJson.Pretty(stats));
                return ExitCodes.Ok;
            }
            output.WriteLine($"{stats.Articles:N0} articles, {stats.Quotes:N0} quotes");
            Tables.Counts(output, "by month", stats.ByMonth);
            Tables.Counts(output, "by publisher", stats.ByPublisher);
            Tables.Counts(output, "by agency", stats.ByAgency);
            Tables.Counts(output, "by language", stats.ByLanguage);
            return ExitCodes.Ok;
        });
        return command;
    }
}
