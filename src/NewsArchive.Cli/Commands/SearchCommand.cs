using System.CommandLine;
using NewsArchive.Storage;

namespace NewsArchive.Cli.Commands;

/// <summary>
/// <c>newsarc search QUERY</c>: full text over headline, teaser, paragraphs and quotes, every word required,
/// without regard to case or diacritics, best match first; each hit a summary with a snippet. With
/// <c>--speaker NAME</c>: the quotes whose speaker has all these name words (<c>selenskyj</c> finds Wolodymyr
/// Selenskyj), in the articles that match the query if one is given, one <see cref="QuoteHit"/> a line.
/// Exit 1 when nothing matches.
/// </summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string?>("query") { Description = "Words that must all occur (optional with --speaker).", Arity = ArgumentArity.ZeroOrOne };
        var speaker = new Option<string?>("--speaker", "-s") { Description = "Quotes by this speaker (name words, any case, any accents)." };
        var archive = ArchiveOptions.Archive();
        var format = ArchiveOptions.Format("jsonl");
        var limit = ArchiveOptions.Limit();
        var filters = new FilterOptions();
        var command = new Command("search", "Search archived articles, or the quotes of a speaker.\n\n" +
            "Examples:\n" +
            "  newsarc search Waffenruhe --since 2025-01-01\n" +
            "  newsarc search Waffenruhe --speaker selenskyj | jq -r .text")
        {
            query, speaker, archive, format, limit,
        };
        filters.AddTo(command);
        command.Validators.Add(r =>
        {
            if (string.IsNullOrWhiteSpace(r.GetValue(query)) && string.IsNullOrWhiteSpace(r.GetValue(speaker)))
                r.AddError("search needs a QUERY, --speaker NAME, or both");
        });
        command.SetAction(result =>
        {
            using var store = Archive.Open(ArchiveOptions.Resolve(result.GetValue(archive)), ArchiveOptions.Version, ArchiveAccess.Query);
            var output = result.InvocationConfiguration.Output;
            var table = Tables.Wanted(result.GetValue(format), output);
            var filter = filters.From(result);
            var words = result.GetValue(query) is { } q && !string.IsNullOrWhiteSpace(q) ? q : null;
            var count = 0;
            if (result.GetValue(speaker) is { } name && !string.IsNullOrWhiteSpace(name))
            {
                foreach (var hit in store.SearchQuotes(name, words, filter, result.GetValue(limit)))
                {
                    output.WriteLine(table ? Tables.Quote(hit) : CliJson.Line(hit));
                    count++;
                }
            }
            else
            {
                foreach (var summary in store.Search(words!, filter, result.GetValue(limit)))
                {
                    if (table && count == 0) Tables.SummaryHeader(output);
                    output.WriteLine(table ? Tables.Summary(summary) : CliJson.Line(summary));
                    count++;
                }
            }
            return count > 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }
}
