using Microsoft.Data.Sqlite;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Storage;

/// <summary>
/// The archive's index: an SQLite database (WAL) derived from the JSON files and rebuildable from them
/// (<see cref="Archive.Reindex"/>). Articles with their filter fields, agencies and authors, quotes,
/// and two FTS5 tables: the article text (headline, teaser, paragraphs, quotes) and quote speakers,
/// both folded without regard to case or diacritics (<c>unicode61 remove_diacritics 2</c>).
/// Writers take SQLite's write lock (<c>BEGIN IMMEDIATE</c>), so imports running at once wait for each
/// other batch by batch instead of losing rows.
/// </summary>
internal sealed class ArchiveIndex : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS articles(
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL,
            headline TEXT,
            published TEXT,
            published_date TEXT,
            language TEXT,
            publisher TEXT,
            publisher_folded TEXT,
            word_count INTEGER NOT NULL,
            archived_at TEXT NOT NULL,
            simhash INTEGER,
            band0 INTEGER, band1 INTEGER, band2 INTEGER, band3 INTEGER, band4 INTEGER, band5 INTEGER,
            near_duplicate_of TEXT);
        CREATE INDEX IF NOT EXISTS articles_by_date ON articles(published_date, id);
        CREATE INDEX IF NOT EXISTS articles_by_band0 ON articles(band0);
        CREATE INDEX IF NOT EXISTS articles_by_band1 ON articles(band1);
        CREATE INDEX IF NOT EXISTS articles_by_band2 ON articles(band2);
        CREATE INDEX IF NOT EXISTS articles_by_band3 ON articles(band3);
        CREATE INDEX IF NOT EXISTS articles_by_band4 ON articles(band4);
        CREATE INDEX IF NOT EXISTS articles_by_band5 ON articles(band5);
        CREATE TABLE IF NOT EXISTS agencies(article INTEGER NOT NULL, name TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS agencies_by_article ON agencies(article);
        CREATE INDEX IF NOT EXISTS agencies_by_name ON agencies(name COLLATE NOCASE);
        CREATE TABLE IF NOT EXISTS authors(article INTEGER NOT NULL, name TEXT NOT NULL, folded TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS authors_by_article ON authors(article);
        CREATE TABLE IF NOT EXISTS quotes(rowid INTEGER PRIMARY KEY, article INTEGER NOT NULL, ordinal INTEGER NOT NULL, speaker TEXT, text TEXT NOT NULL, paragraph INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS quotes_by_article ON quotes(article);
        CREATE VIRTUAL TABLE IF NOT EXISTS article_text USING fts5(headline, teaser, body, quotes, tokenize = 'unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE IF NOT EXISTS quote_speakers USING fts5(speaker, tokenize = 'unicode61 remove_diacritics 2');
        """;

    private static readonly Statement SelectPath = new("SELECT path FROM articles WHERE id = $id", "$id");

    private static readonly Statement InsertArticle = new("""
        INSERT INTO articles(id, path, headline, published, published_date, language, publisher, publisher_folded, word_count, archived_at,
                             simhash, band0, band1, band2, band3, band4, band5, near_duplicate_of)
        VALUES($id, $path, $headline, $published, $date, $language, $publisher, $folded, $words, $archived, $simhash, $b0, $b1, $b2, $b3, $b4, $b5, $near) RETURNING rowid
        """, "$id", "$path", "$headline", "$published", "$date", "$language", "$publisher", "$folded", "$words", "$archived",
        "$simhash", "$b0", "$b1", "$b2", "$b3", "$b4", "$b5", "$near");

    private static readonly Statement InsertAgency = new("INSERT INTO agencies(article, name) VALUES($a, $b)", "$a", "$b");
    private static readonly Statement InsertAuthor = new("INSERT INTO authors(article, name, folded) VALUES($a, $b, $c)", "$a", "$b", "$c");
    private static readonly Statement InsertQuote = new(
        "INSERT INTO quotes(article, ordinal, speaker, text, paragraph) VALUES($a, $o, $s, $t, $p) RETURNING rowid", "$a", "$o", "$s", "$t", "$p");
    private static readonly Statement InsertSpeaker = new("INSERT INTO quote_speakers(rowid, speaker) VALUES($a, $b)", "$a", "$b");
    private static readonly Statement InsertText = new(
        "INSERT INTO article_text(rowid, headline, teaser, body, quotes) VALUES($r, $h, $t, $b, $q)", "$r", "$h", "$t", "$b", "$q");

    private static readonly Statement SelectFingerprints = new("SELECT rowid, simhash FROM articles WHERE simhash IS NOT NULL");
    private static readonly Statement SelectFingerprinted = new("SELECT id, archived_at, simhash FROM articles WHERE rowid = $r", "$r");
    private static readonly Statement DataVersion = new("PRAGMA data_version");

    private static readonly Statement DeleteArticle = new("""
        DELETE FROM quote_speakers WHERE rowid IN (SELECT q.rowid FROM quotes q JOIN articles a ON a.rowid = q.article WHERE a.id = $id);
        DELETE FROM quotes WHERE article IN (SELECT rowid FROM articles WHERE id = $id);
        DELETE FROM agencies WHERE article IN (SELECT rowid FROM articles WHERE id = $id);
        DELETE FROM authors WHERE article IN (SELECT rowid FROM articles WHERE id = $id);
        DELETE FROM article_text WHERE rowid IN (SELECT rowid FROM articles WHERE id = $id);
        DELETE FROM articles WHERE id = $id;
        """, "$id");

    private readonly SqliteConnection _connection;
    private readonly PreparedStatements _statements;
    private NearDuplicateTable? _near;
    private long _nearVersion;
    private SqliteTransaction? _nearCheckedIn;

    /// <summary>Opens (and creates) the index; <paramref name="readOnly"/> for the queries, which then work in an archive the user cannot write.</summary>
    /// <remarks>
    /// SQLite in WAL mode writes its shared-memory file even to read; where the user cannot write the archive, the
    /// index is opened as immutable instead (read without locks: what a concurrent writer adds meanwhile is not seen).
    /// </remarks>
    public ArchiveIndex(string path, bool readOnly)
    {
        var immutable = readOnly && !CanWrite(path);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = immutable ? new Uri(path).AbsoluteUri + "?immutable=1" : path, Pooling = false, DefaultTimeout = 120, Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        }.ToString());
        _connection.Open();
        _statements = new PreparedStatements(_connection);
        Execute("PRAGMA busy_timeout = 120000;");
        if (readOnly) return;
        Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        Execute(Schema);
    }

    private static bool CanWrite(string path)
    {
        try
        {
            using (File.Open(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite)) { }
            var probe = Path.Combine(Path.GetDirectoryName(path)!, $".probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    public SqliteTransaction Begin() => _connection.BeginTransaction(deferred: false);

    public SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>The stored path of an article, or null.</summary>
    public string? PathOf(string id, SqliteTransaction? transaction = null) =>
        _statements.Bind(SelectPath, transaction, id).ExecuteScalar() as string;

    /// <summary>The ids that start with <paramref name="prefix"/> (at most two: one is an answer, two an ambiguity).</summary>
    public List<(string Id, string Path)> Find(string prefix)
    {
        using var command = Command("SELECT id, path FROM articles WHERE id >= $p AND id < $q ORDER BY id LIMIT 2");
        command.Parameters.AddWithValue("$p", prefix);
        command.Parameters.AddWithValue("$q", prefix + "\uffff");
        using var reader = command.ExecuteReader();
        var found = new List<(string, string)>();
        while (reader.Read()) found.Add((reader.GetString(0), reader.GetString(1)));
        return found;
    }

    /// <summary>Indexes a stored article; <paramref name="simhash"/> is its <see cref="NearDuplicate.Fingerprint"/>, computed once by the caller.</summary>
    public void Add(StoredArticle stored, string path, long? simhash, SqliteTransaction transaction)
    {
        var a = stored.Article;
        object? Band(int band) => simhash is { } h ? NearDuplicate.Band(h, band) : null;
        var row = (long)_statements.Bind(InsertArticle, transaction,
            a.Id, path, a.Headline, a.Dateline.Published, LocalDate(a.Dateline.Published), a.Language, a.Byline.Publisher, Fold.Of(a.Byline.Publisher),
            a.WordCount, stored.ArchivedAt, simhash, Band(0), Band(1), Band(2), Band(3), Band(4), Band(5), stored.NearDuplicateOf).ExecuteScalar()!;
        if (simhash is { } fingerprint) _near?.Add(row, fingerprint);

        foreach (var agency in a.Byline.Agencies) _statements.Bind(InsertAgency, transaction, row, agency).ExecuteNonQuery();
        foreach (var author in a.Byline.Authors) _statements.Bind(InsertAuthor, transaction, row, author, Fold.Of(author)).ExecuteNonQuery();
        for (var i = 0; i < a.Quotes.Count; i++)
        {
            var q = a.Quotes[i];
            var quoteRow = (long)_statements.Bind(InsertQuote, transaction, row, i, q.Speaker, q.Text, q.Paragraph).ExecuteScalar()!;
            if (q.Speaker is not null) _statements.Bind(InsertSpeaker, transaction, quoteRow, q.Speaker).ExecuteNonQuery();
        }
        _statements.Bind(InsertText, transaction,
            row, a.Headline ?? "", a.Teaser ?? "", string.Join("\n", a.Paragraphs), string.Join("\n", a.Quotes.Select(q => q.Text))).ExecuteNonQuery();
    }

    /// <summary>The first-archived article (by archive time, then id) whose fingerprint shares a band with this one's and is within <see cref="NearDuplicate.MaxDistance"/> bits of it, or null.</summary>
    public string? NearDuplicateOf(Article article, long? fingerprint, SqliteTransaction transaction)
    {
        if (fingerprint is not { } simhash) return null;
        (string At, string Id)? first = null;
        foreach (var row in NearDuplicates(transaction).Within(simhash))
        {
            // The table may hold a row removed or replaced since: the row as it is now decides.
            using var reader = _statements.Bind(SelectFingerprinted, transaction, row).ExecuteReader();
            if (!reader.Read() || reader.IsDBNull(2)) continue;
            var (id, at, now) = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
            if (id == article.Id || NearDuplicate.Distance(simhash, now) > NearDuplicate.MaxDistance || !NearDuplicateTable.ShareBand(simhash, now)) continue;
            if (first is not { } f || string.CompareOrdinal(at, f.At) < 0 || (at == f.At && string.CompareOrdinal(id, f.Id) < 0)) first = (at, id);
        }
        return first?.Id;
    }

    /// <summary>
    /// The fingerprint table, loaded on first use and again whenever another connection has written the index
    /// (SQLite's <c>data_version</c> changes then). Asked once a transaction: a write transaction holds the lock, so
    /// nobody else writes while it lasts.
    /// </summary>
    private NearDuplicateTable NearDuplicates(SqliteTransaction transaction)
    {
        if (_near is not null && transaction == _nearCheckedIn) return _near;
        var version = (long)_statements.Bind(DataVersion, transaction).ExecuteScalar()!;
        if (_near is null || version != _nearVersion)
        {
            _near ??= new NearDuplicateTable();
            _near.Clear();
            using var reader = _statements.Bind(SelectFingerprints, transaction).ExecuteReader();
            while (reader.Read()) _near.Add(reader.GetInt64(0), reader.GetInt64(1));
            _nearVersion = version;
        }
        _nearCheckedIn = transaction;
        return _near;
    }

    public void Remove(string id, SqliteTransaction transaction) => _statements.Bind(DeleteArticle, transaction, id).ExecuteNonQuery();

    public void Clear(SqliteTransaction transaction)
    {
        using var command = Command("DELETE FROM quote_speakers; DELETE FROM quotes; DELETE FROM agencies; DELETE FROM authors; DELETE FROM article_text; DELETE FROM articles;", transaction);
        command.ExecuteNonQuery();
        _near = null; // loaded again when next needed, from what the transaction then holds (it may yet roll back)
    }

    /// <summary>Every (id, path) the index holds, in id order, streamed.</summary>
    public IEnumerable<(string Id, string Path)> All()
    {
        using var command = Command("SELECT id, path FROM articles ORDER BY id");
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return (reader.GetString(0), reader.GetString(1));
    }

    /// <summary>The local publication date: the date part of the published value as the article states it.</summary>
    internal static string? LocalDate(string? published) =>
        published is { Length: >= 10 } && published[4] == '-' && published[7] == '-' ? published[..10] : null;

    public void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _statements.Dispose();
        _connection.Dispose();
    }
}
