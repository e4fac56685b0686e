using System.CommandLine;
using System.Threading.Channels;
using NewsArchive.Parsing;
using NewsArchive.Storage;
using Serilog;

namespace NewsArchive.Cli.Commands;

/// <summary>
/// <c>newsarc import PATH...</c>: files and folders into the archive. One walk streams the paths, <c>--jobs</c>
/// workers read and parse, one writer stores them by batches (<see cref="Archive.Store"/>); bounded queues
/// between them keep memory flat whatever the number of files. A file that fails is one line on stderr
/// and the batch goes on; at the end a summary, and one flush to disk.
/// </summary>
internal static class ImportCommand
{
    private const int BatchFiles = 256;
    private const long BatchBytes = 32L * 1024 * 1024;
    private const int MaxWaiting = 1024;

    private sealed record Parsed(long Seq, string Path, ImportItem? Item, string? Error);

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders (folders recursively).", Arity = ArgumentArity.OneOrMore };
        var archive = ArchiveOptions.Archive();
        var include = new Option<string[]>("--include") { Description = "Only files matching this glob (repeatable): '*.txt', '2025/**/*.html'." };
        var exclude = new Option<string[]>("--exclude") { Description = "Leave out files and folders matching this glob (repeatable)." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Files parsed at once (default: the number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--jobs must be at least 1"); });
        var noRaw = new Option<bool>("--no-raw") { Description = "Do not keep the raw inputs (then 'newsarc reparse' cannot re-run them)." };
        var json = new Option<bool>("--json") { Description = "Print a JSON summary on stdout." };
        var maxSize = MaxSizeOption.Create();
        var parseOptions = new ParseOptionSet();
        var command = new Command("import", "Import article files and folders into the archive (creating it).\n\n" +
            "Examples:\n" +
            "  newsarc import ~/clippings --archive ~/news\n" +
            "  newsarc import --include '*.txt' --exclude 'drafts' ~/clippings\n" +
            "  newsarc import --json new/*.txt | jq .imported")
        {
            paths, archive, include, exclude, jobs, noRaw, json, maxSize,
        };
        parseOptions.AddTo(command);
        command.SetAction(async (result, cancel) =>
        {
            var stdout = result.InvocationConfiguration.Output;
            var stderr = result.InvocationConfiguration.Error;
            using var store = Archive.Open(ArchiveOptions.Resolve(result.GetValue(archive)), ArchiveOptions.Version, ArchiveAccess.Create);
            store.CleanTemp();
            var walker = new FileWalker(
                [.. (result.GetValue(include) ?? []).Select(p => new Glob(p))],
                [.. (result.GetValue(exclude) ?? []).Select(p => new Glob(p))]);
            var inputs = result.GetValue(paths)!;
            var options = parseOptions.From(result);
            var keepRaw = !result.GetValue(noRaw);
            var workers = result.GetValue(jobs);
            var limit = result.GetValue(maxSize);

            using var progress = new ImportProgress(stderr, Terminal.IsStderr(stderr));
            var failed = new List<FailedFile>();
            int imported = 0, added = 0, present = 0;
            void Fail(string path, string reason)
            {
                progress.Clear();
                Log.Error("{Path}: {Reason}", path, reason);
                failed.Add(new FailedFile(path, reason));
            }

            var files = Channel.CreateBounded<(long Seq, WalkItem Item)>(workers * 32);
            var parsed = Channel.CreateBounded<Parsed>(workers * 32);
            var counting = Task.Run(() => progress.Total(walker.Walk(inputs).LongCount(i => i.Error is null)), cancel);
            var walking = Task.Run(async () =>
            {
                try
                {
                    long seq = 0;
                    foreach (var item in walker.Walk(inputs)) await files.Writer.WriteAsync((seq++, item), cancel);
                }
                finally
                {
                    files.Writer.Complete();
                }
            }, cancel);
            var parsing = Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
            {
                await foreach (var (seq, item) in files.Reader.ReadAllAsync(cancel))
                    await parsed.Writer.WriteAsync(item.Error is null ? Parse(seq, item.Path, options, limit) : new Parsed(seq, item.Path, null, item.Error), cancel);
            }, cancel))).ContinueWith(t => parsed.Writer.Complete(t.Exception), TaskScheduler.Default);

            var batch = new List<ImportItem>(BatchFiles);
            long bytes = 0;
            void Store()
            {
                if (batch.Count == 0) return;
                try
                {
                    var outcomes = store.Store(batch, keepRaw);
                    imported += outcomes.Count(o => o == StoreOutcome.Imported);
                    added += outcomes.Count(o => o == StoreOutcome.SourceAdded);
                    present += outcomes.Count(o => o == StoreOutcome.AlreadyPresent);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
                {
                    foreach (var item in batch) Fail(item.Source, $"cannot be stored ({e.Message})");
                }
                progress.Done(batch.Count);
                batch.Clear();
                bytes = 0;
            }

            var interrupted = false;
            var order = new WalkOrder<Parsed>(MaxWaiting);
            try
            {
                while (await parsed.Reader.WaitToReadAsync(cancel))
                {
                    while (parsed.Reader.TryRead(out var arrived))
                    {
                        foreach (var next in order.Add(arrived.Seq, arrived))
                        {
                            if (next.Item is null)
                            {
                                Fail(next.Path, next.Error!);
                                progress.Done(1);
                                continue;
                            }
                            batch.Add(next.Item);
                            bytes += next.Item.Raw.Length;
                            if (batch.Count >= BatchFiles || bytes >= BatchBytes) Store();
                        }
                    }
                    Store();
                }
                await Task.WhenAll(walking, counting);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: what is stored stays stored; the same import run again completes it.
                interrupted = true;
            }
            Archive.Flush();
            progress.Clear();

            var seconds = progress.Elapsed.TotalSeconds;
            var files2 = imported + added + present + failed.Count;
            Log.Information("{Archive}: imported {Imported}, already present {Present} (of which {Added} found in another file now listed as a source), failed {Failed}{Listed}; {Files} files in {Seconds:F1} s ({Rate:F0} files/s)",
                store.Layout.Root, imported, present + added, added, failed.Count, failed.Count > 0 ? " (each named above)" : "", files2, seconds, files2 / Math.Max(seconds, 0.001));
            if (interrupted) Log.Warning("interrupted: the files stored so far stay; run the same import again to complete it");
            if (result.GetValue(json))
                await stdout.WriteLineAsync(CliJson.Pretty(new ImportSummary(store.Layout.Root, imported, added, present, failed, Math.Round(seconds, 3))));
            return failed.Count == 0 && !interrupted ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }

    /// <summary>
    /// Called with each path after the walk listed it and before it is read; tests use it to delete a file
    /// at that moment, which no timing could do reliably. Null in every real run.
    /// </summary>
    internal static Action<string>? BeforeRead { get; set; }

    private static Parsed Parse(long seq, string path, ParseOptions options, long maxBytes)
    {
        BeforeRead?.Invoke(path);
        var input = InputFile.Read(path, maxBytes);
        if (input.Error is not null) return new Parsed(seq, path, null, input.Error);
        try
        {
            var result = ArticleParser.Parse(input.Bytes, path, options);
            // Prepared here, on the workers, so that the one writer only decides and writes (Archive.Store).
            return result.Article is null ? new Parsed(seq, path, null, result.Error) : new Parsed(seq, path, new ImportItem(path, result.Article, input.Bytes).Prepare(), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser bug must not stop the batch: this file fails, the rest goes on.
            return new Parsed(seq, path, null, $"internal error while parsing ({e.GetType().Name}: {e.Message})");
        }
    }
}
