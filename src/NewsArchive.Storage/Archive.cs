using NewsArchive.Parsing.Model;

namespace NewsArchive.Storage;

/// <summary>What storing one input did.</summary>
public enum StoreOutcome
{
    /// <summary>A new article: its JSON (and raw input) written and indexed.</summary>
    Imported,

    /// <summary>The article was there already from another file; this file was added to its <c>sources</c>.</summary>
    SourceAdded,

    /// <summary>The same article from the same file was there already: nothing changed.</summary>
    AlreadyPresent,
}

/// <summary>What a command does with an archive: query it, write to it, or create it if need be.</summary>
public enum ArchiveAccess
{
    Query,
    Write,
    Create,
}

/// <summary>
/// An archive folder (<see cref="ArchiveLayout"/>): JSON files are the truth, the index is derived.
/// Articles go in by batches, each one SQLite write transaction: the id is looked up, the raw input and
/// the JSON written (temporary name, then rename), the index rows added, and the transaction committed.
/// A process killed before the commit leaves complete files the index does not know yet; importing the
/// same files again writes them to the same paths and commits, so nothing is stored twice.
/// </summary>
public sealed class Archive : IDisposable
{
    private readonly ArchiveIndex _index;
    private readonly AtomicFile _files;
    private readonly UtcSeconds _clock = new();

    private Archive(ArchiveLayout layout, ArchiveIndex index, string version)
    {
        Layout = layout;
        _index = index;
        _files = new AtomicFile(layout);
        Version = version;
    }

    public ArchiveLayout Layout { get; }

    /// <summary>The newsarc version written into what this archive object stores.</summary>
    public string Version { get; }

    /// <summary>
    /// Opens the archive at <paramref name="root"/>: for <see cref="ArchiveAccess.Query"/> read-only, for
    /// <see cref="ArchiveAccess.Write"/> checking at once that it can be written, for <see cref="ArchiveAccess.Create"/>
    /// creating it (folders and index) where there is none. A missing index is rebuilt from the JSON files.
    /// </summary>
    /// <exception cref="ArchiveException">No archive there and none to create, or it cannot be opened or written.</exception>
    public static Archive Open(string root, string version, ArchiveAccess access)
    {
        var layout = new ArchiveLayout(root);
        if (!layout.Exists && access != ArchiveAccess.Create)
            throw new ArchiveException($"no archive at {layout.Root} (create one with 'newsarc import FILES --archive {layout.Root}')", missing: true);
        try
        {
            var rebuild = !File.Exists(layout.Index) && Directory.Exists(layout.Articles);
            var readOnly = access == ArchiveAccess.Query && !rebuild;
            if (!readOnly)
            {
                Directory.CreateDirectory(layout.Articles);
                Directory.CreateDirectory(layout.Temp);
                ProbeWritable(layout);
            }
            var archive = new Archive(layout, new ArchiveIndex(layout.Index, readOnly), version);
            if (rebuild) archive.Reindex();
            return archive;
        }
        catch (UnauthorizedAccessException)
        {
            throw new ArchiveException($"the archive at {layout.Root} cannot be written (permission denied)");
        }
        catch (Exception e) when (e is IOException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new ArchiveException($"cannot open the archive at {layout.Root}: {e.Message}");
        }
    }

    /// <summary>Removes temporary files that killed processes left behind; returns how many.</summary>
    public int CleanTemp() => AtomicFile.CleanTemp(Layout);

    /// <summary>Stores a batch in one transaction; one outcome per item, in order.</summary>
    public IReadOnlyList<StoreOutcome> Store(IReadOnlyList<ImportItem> items, bool keepRaw)
    {
        var outcomes = new List<StoreOutcome>(items.Count);
        using var transaction = _index.Begin();
        var written = new Dictionary<string, (StoredArticle Stored, string Path)>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var prepared = item.Prepared;
            var source = prepared.Source;
            var id = item.Article.Id;
            var indexed = written.ContainsKey(id) ? null : _index.PathOf(id, transaction);
            (StoredArticle Stored, string Path)? existing = written.TryGetValue(id, out var w) ? w
                : indexed is { } path && Read(path) is { } stored ? (stored, path) : null;
            if (existing is { } old && old.Stored.Sources.Contains(source))
            {
                outcomes.Add(StoreOutcome.AlreadyPresent);
                continue;
            }
            if (existing is { } known)
            {
                var updated = known.Stored with { Sources = [.. known.Stored.Sources, source] };
                _files.Write(known.Path, updated.ToJson());
                written[id] = (updated, known.Path);
                outcomes.Add(StoreOutcome.SourceAdded);
                continue;
            }
            string? raw = null;
            if (keepRaw)
            {
                raw = prepared.RawPath;
                if (!File.Exists(Layout.Full(raw))) _files.Write(raw, item.Raw);
            }
            var fresh = new StoredArticle(item.Article, _clock.Now(), Version, [source], raw, _index.NearDuplicateOf(item.Article, prepared.Fingerprint, transaction));
            var target = prepared.ArticlePath;
            _files.Write(target, StoredJson.Compose(prepared.ArticleJson, fresh.ArchivedAt, fresh.NewsarcVersion, fresh.Sources, fresh.Raw, fresh.NearDuplicateOf));
            // Only an index row whose file could not be read is in the way; a new id has nothing to remove.
            if (indexed is not null) _index.Remove(id, transaction);
            _index.Add(fresh, target, prepared.Fingerprint, transaction);
            written[id] = (fresh, target);
            outcomes.Add(StoreOutcome.Imported);
        }
        transaction.Commit();
        return outcomes;
    }

    /// <summary>Flushes everything written to disk: once, at the end of a batch of batches.</summary>
    public static void Flush() => DiskFlush.All();

    /// <summary>The stored file of the article whose id is or starts with <paramref name="id"/>.</summary>
    public ArchiveLookup Find(string id)
    {
        var found = id.Length >= 4 && id.All(char.IsAsciiHexDigit) ? _index.Find(id.ToLowerInvariant()) : [];
        return found.Count switch
        {
            0 => new ArchiveLookup(null, $"no article with id {id}"),
            1 => new ArchiveLookup(Layout.Full(found[0].Path), null),
            _ => new ArchiveLookup(null, $"the id {id} is ambiguous: give more of it ({found[0].Id}, {found[1].Id}, …)"),
        };
    }

    /// <summary>Rebuilds the index from the JSON files in one transaction; what it could not index is in the report.</summary>
    public ArchiveReport Reindex()
    {
        var report = new ArchiveReport();
        using var transaction = _index.Begin();
        _index.Clear(transaction);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (relative, stored) in StoredFiles(report))
        {
            if (seen.TryGetValue(stored.Article.Id, out var first))
            {
                report.Problem($"{relative}: article {stored.Article.Id} is stored already in {first}; not indexed twice");
                continue;
            }
            seen[stored.Article.Id] = relative;
            _index.Add(stored, relative, NearDuplicate.Fingerprint(stored.Article), transaction);
            report.Checked++;
        }
        transaction.Commit();
        return report;
    }

    /// <summary>
    /// Checks every JSON file (it parses, its name ends in its id, no id twice, its raw input is there)
    /// and that the index holds exactly these files.
    /// </summary>
    public ArchiveReport Verify()
    {
        var report = new ArchiveReport();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (relative, stored) in StoredFiles(report))
        {
            report.Checked++;
            var id = stored.Article.Id;
            if (!relative.EndsWith($"-{id}.json", StringComparison.Ordinal)) report.Problem($"{relative}: the file name does not end in its id {id}");
            if (seen.TryGetValue(id, out var first))
            {
                report.Problem($"{relative}: article {id} is stored twice (also {first})");
                continue;
            }
            seen[id] = relative;
            var indexed = _index.PathOf(id);
            if (indexed != relative)
                report.Problem(indexed is null ? $"{relative}: not in the index (run 'newsarc reindex')" : $"{relative}: the index has article {id} at {indexed}");
            if (stored.Raw is { } raw && !File.Exists(Layout.Full(raw))) report.Problem($"{relative}: its raw input {raw} is missing");
        }
        foreach (var (id, path) in _index.All())
            if (!File.Exists(Layout.Full(path))) report.Problem($"{path}: in the index (article {id}) but not on disk (run 'newsarc reindex')");
        return report;
    }

    /// <summary>Every stored article with its path relative to the archive, streamed; a file that is not one is a problem in the report.</summary>
    private IEnumerable<(string Relative, StoredArticle Stored)> StoredFiles(ArchiveReport report)
    {
        foreach (var file in ArticleFiles())
        {
            var relative = Layout.Relative(file);
            if (ReadFile(file, out var error) is { } stored) yield return (relative, stored);
            else report.Problem($"{relative}: {error}");
        }
    }

    /// <summary>Every article JSON file, in path order, streamed folder by folder.</summary>
    public IEnumerable<string> ArticleFiles() => Files(Layout.Articles);

    /// <summary>The stored paths (relative) of the articles the filter selects, by local publication date then id, streamed.</summary>
    public IEnumerable<string> Paths(ArticleFilter filter) => ArchiveQueries.Paths(_index, filter);

    public IEnumerable<ArticleSummary> List(ArticleFilter filter, int? limit) => ArchiveQueries.List(_index, filter, limit);

    public IEnumerable<ArticleSummary> Search(string query, ArticleFilter filter, int? limit) => ArchiveQueries.Search(_index, query, filter, limit);

    public IEnumerable<QuoteHit> SearchQuotes(string speaker, string? query, ArticleFilter filter, int? limit) =>
        ArchiveQueries.Quotes(_index, speaker, query, filter, limit);

    public ArchiveStats Stats(ArticleFilter filter) => ArchiveQueries.Stats(_index, filter);

    /// <summary>Re-runs the parser over every kept raw input and rewrites what changed (<c>newsarc reparse</c>).</summary>
    public ArchiveReport Reparse(Func<byte[], string?, Article?> parse, int batchSize = 200)
    {
        var report = new ArchiveReport();
        var all = _index.All().ToList();
        for (var i = 0; i < all.Count; i += batchSize)
        {
            using var transaction = _index.Begin();
            foreach (var (id, path) in all.Skip(i).Take(batchSize))
            {
                if (Read(path) is not { } stored) { report.Problem($"{path}: cannot be read"); continue; }
                if (stored.Raw is null || !File.Exists(Layout.Full(stored.Raw))) { report.Problem($"{path}: no raw input kept; left as it is"); continue; }
                var article = parse(File.ReadAllBytes(Layout.Full(stored.Raw)), stored.Sources.Count > 0 ? stored.Sources[0] : null);
                if (article is null || article.Id != id) { report.Problem($"{path}: the raw input no longer parses to article {id}; left as it is"); continue; }
                var updated = stored with { Article = article, NewsarcVersion = Version };
                var target = ArchiveLayout.ArticlePath(article);
                _files.Write(target, updated.ToJson());
                if (target != path) File.Delete(Layout.Full(path));
                _index.Remove(id, transaction);
                _index.Add(updated, target, NearDuplicate.Fingerprint(article), transaction);
                report.Checked++;
            }
            transaction.Commit();
        }
        return report;
    }

    public void Dispose() => _index.Dispose();

    private StoredArticle? Read(string relative) => ReadFile(Layout.Full(relative), out _);

    private static StoredArticle? ReadFile(string file, out string? error)
    {
        try
        {
            return StoredArticle.FromJson(File.ReadAllBytes(file), out error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot be read ({e.Message})";
            return null;
        }
    }

    private static IEnumerable<string> Files(string folder)
    {
        if (!Directory.Exists(folder)) yield break;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)) yield return file;
        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            foreach (var file in Files(sub)) yield return file;
    }

    private static void ProbeWritable(ArchiveLayout layout)
    {
        var probe = Path.Combine(layout.Temp, $"{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(probe, []);
        File.Delete(probe);
    }

}

/// <summary>The file an id names, or why there is none.</summary>
public sealed record ArchiveLookup(string? Path, string? Error);

/// <summary>What <c>verify</c>, <c>reindex</c> and <c>reparse</c> found: how many articles they went through and each problem as one line.</summary>
public sealed class ArchiveReport
{
    private readonly List<string> _problems = [];

    public int Checked { get; internal set; }

    public IReadOnlyList<string> Problems => _problems;

    internal void Problem(string line) => _problems.Add(line);
}

/// <summary>An archive that cannot be opened or written: the message is one line for the user.</summary>
public sealed class ArchiveException(string message, bool missing = false) : Exception(message)
{
    /// <summary>There is no archive where one was named: a usage error, not a failure of the archive.</summary>
    public bool Missing { get; } = missing;
}
