using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsArchive.Storage;
using Serilog;

namespace NewsArchive.Cli.Commands;

/// <summary>
/// <c>newsarc export</c>: every stored article (the filters select) as one compact JSON object per line, in
/// <c>list</c> order, streamed file by file: the stored JSON with its archive fields, on stdout.
/// </summary>
internal static class ExportCommand
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var archive = ArchiveOptions.Archive();
        var filters = new FilterOptions();
        var command = new Command("export", "Print every archived article as JSON lines.\n\n" +
            "Examples:\n" +
            "  newsarc export | jq -c 'select(.language == \"de\")'\n" +
            "  newsarc export --agency Reuters > reuters.jsonl")
        {
            archive,
        };
        filters.AddTo(command);
        command.SetAction(result =>
        {
            using var store = Archive.Open(ArchiveOptions.Resolve(result.GetValue(archive)), ArchiveOptions.Version, ArchiveAccess.Query);
            using var stdout = Console.OpenStandardOutput();
            var output = result.InvocationConfiguration.Output;
            var direct = ReferenceEquals(output, Console.Out);
            var buffer = new MemoryStream();
            var failed = 0;
            foreach (var path in store.Paths(filters.From(result)))
            {
                try
                {
                    using var document = JsonDocument.Parse(File.ReadAllBytes(store.Layout.Full(path)));
                    buffer.SetLength(0);
                    using (var writer = new Utf8JsonWriter(buffer, Compact)) document.WriteTo(writer);
                    buffer.WriteByte((byte)'\n');
                    if (direct) stdout.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
                    else output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
                {
                    Log.Error("{Path}: cannot be exported ({Reason}); run 'newsarc verify'", path, e.Message);
                    failed++;
                }
            }
            return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }
}
