using System.CommandLine;
using NewsArchive.Storage;
using Serilog;

namespace NewsArchive.Cli.Commands;

/// <summary><c>newsarc show ID...</c>: the stored JSON of each article, as it is on disk; an id may be shortened to any unique prefix of 4 or more digits.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("ids") { Description = "Article ids (or unique prefixes of at least 4 digits).", Arity = ArgumentArity.OneOrMore };
        var archive = ArchiveOptions.Archive();
        var command = new Command("show", "Print the stored JSON of archived articles.\n\n" +
            "Examples:\n" +
            "  newsarc show 3f2a9c01 | jq '.quotes[] | {speaker, text}'\n" +
            "  newsarc show 3f2a9c01 | jq .sources")
        {
            ids, archive,
        };
        command.SetAction(result =>
        {
            using var store = Archive.Open(ArchiveOptions.Resolve(result.GetValue(archive)), ArchiveOptions.Version, ArchiveAccess.Query);
            var output = result.InvocationConfiguration.Output;
            var missing = 0;
            foreach (var id in result.GetValue(ids)!)
            {
                var found = store.Find(id);
                string? text = null;
                try
                {
                    if (found.Path is not null) text = File.ReadAllText(found.Path);
                }
                catch (IOException e)
                {
                    found = found with { Error = $"{found.Path} cannot be read ({e.Message}); run 'newsarc verify'" };
                }
                if (text is null)
                {
                    Log.Error("{Error}", found.Error);
                    missing++;
                    continue;
                }
                output.Write(text);
            }
            return missing == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }
}
