using Microsoft.Data.Sqlite;

namespace NewsArchive.Storage;

/// <summary>One line of <c>list</c> and <c>search</c>: what a person scans for, and the path of the stored JSON.</summary>
public sealed record ArticleSummary(
    string Id, string? Published, string? Language, string? Publisher, IReadOnlyList<string> Agencies, IReadOnlyList<string> Authors,
    string? Headline, int WordCount, string? NearDuplicateOf, string Path, string? Snippet);

/// <summary>One quote found by <c>search --speaker</c>, with the article it is in.</summary>
public sealed record QuoteHit(string Id, string? Published, string? Headline, string? Speaker, string Text, int Paragraph, string Path);

/// <summary>Counts of <c>stats</c>: articles and quotes, and articles by month (<c>undated</c> for none), publisher, agency and language.</summary>
public sealed record ArchiveStats(
    int Articles, int Quotes, IReadOnlyDictionary<string, int> ByMonth, IReadOnlyDictionary<string, int> ByPublisher,
    IReadOnlyDictionary<string, int> ByAgency, IReadOnlyDictionary<string, int> ByLanguage);

/// <summary>
/// The index's queries. Search words are matched as words (each one quoted for FTS5, all must occur; a word
/// ending in <c>*</c> matches as a prefix: <c>Streik*</c>), so no query text is FTS5 syntax and none can fail to parse; <c>Waffenruhe</c> finds <c>waffenruhe</c>,
/// <c>selenskyj</c> finds <c>Selenskyj</c> and <c>Sélenskyj</c>.
/// </summary>
internal static class ArchiveQueries
{
    private const string SummaryColumns = """
        a.id, a.published, a.language, a.publisher,
        (SELECT group_concat(name, char(31)) FROM agencies g WHERE g.article = a.rowid),
        (SELECT group_concat(name, char(31)) FROM authors w WHERE w.article = a.rowid),
        a.headline, a.word_count, a.near_duplicate_of, a.path
        """;

    public static IEnumerable<string> Paths(ArchiveIndex index, ArticleFilter filter)
    {
        using var command = index.Command("");
        command.CommandText = $"SELECT a.path FROM articles a WHERE {filter.Where(command)} ORDER BY a.published_date IS NULL, a.published_date, a.id";
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return reader.GetString(0);
    }

    public static IEnumerable<ArticleSummary> List(ArchiveIndex index, ArticleFilter filter, int? limit)
    {
        using var command = index.Command("");
        command.CommandText = $"SELECT {SummaryColumns}, NULL FROM articles a WHERE {filter.Where(command)} " +
                              $"ORDER BY a.published_date IS NULL, a.published_date, a.published, a.id {Limit(command, limit)}";
        foreach (var summary in Summaries(command)) yield return summary;
    }

    public static IEnumerable<ArticleSummary> Search(ArchiveIndex index, string query, ArticleFilter filter, int? limit)
    {
        if (Words(query) is not { } match) yield break;
        using var command = index.Command("");
        command.Parameters.AddWithValue("$match", match);
        command.CommandText = $"""
            SELECT {SummaryColumns}, snippet(article_text, -1, '[', ']', '…', 12)
            FROM article_text JOIN articles a ON a.rowid = article_text.rowid
            WHERE article_text MATCH $match AND {filter.Where(command)}
            ORDER BY bm25(article_text, 4.0, 2.0, 1.0, 1.0), a.id {Limit(command, limit)}
            """;
        foreach (var summary in Summaries(command)) yield return summary;
    }

    public static IEnumerable<QuoteHit> Quotes(ArchiveIndex index, string speaker, string? query, ArticleFilter filter, int? limit)
    {
        if (Words(speaker) is not { } speakerMatch) yield break;
        var textMatch = query is null ? null : Words(query);
        if (query is not null && textMatch is null) yield break;
        using var command = index.Command("");
        command.Parameters.AddWithValue("$speaker", speakerMatch);
        var inArticles = "";
        if (textMatch is not null)
        {
            command.Parameters.AddWithValue("$match", textMatch);
            inArticles = "AND a.rowid IN (SELECT rowid FROM article_text WHERE article_text MATCH $match)";
        }
        command.CommandText = $"""
            SELECT a.id, a.published, a.headline, q.speaker, q.text, q.paragraph, a.path
            FROM quote_speakers s JOIN quotes q ON q.rowid = s.rowid JOIN articles a ON a.rowid = q.article
            WHERE quote_speakers MATCH $speaker {inArticles} AND {filter.Where(command)}
            ORDER BY a.published_date IS NULL, a.published_date, a.id, q.ordinal {Limit(command, limit)}
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new QuoteHit(reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3), reader.GetString(4), reader.GetInt32(5), reader.GetString(6));
    }

    public static ArchiveStats Stats(ArchiveIndex index, ArticleFilter filter)
    {
        int Count(string from)
        {
            using var command = index.Command("");
            command.CommandText = $"SELECT count(*) {from} WHERE {filter.Where(command)}";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        Dictionary<string, int> By(string key, string from = "FROM articles a")
        {
            using var command = index.Command("");
            command.CommandText = $"SELECT {key}, count(*) AS n {from} WHERE {filter.Where(command)} GROUP BY 1 ORDER BY n DESC, 1";
            using var reader = command.ExecuteReader();
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            while (reader.Read()) counts[reader.GetString(0)] = reader.GetInt32(1);
            return counts;
        }
        var byMonth = By("coalesce(substr(a.published_date, 1, 7), 'undated')")
            .OrderBy(p => p.Key == "undated").ThenBy(p => p.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        return new ArchiveStats(
            Count("FROM articles a"),
            Count("FROM quotes q JOIN articles a ON a.rowid = q.article"),
            byMonth,
            By("coalesce(a.publisher, 'unknown')"),
            By("g.name", "FROM agencies g JOIN articles a ON a.rowid = g.article"),
            By("coalesce(a.language, 'unknown')"));
    }

    /// <summary>The words of a query as an FTS5 expression that needs them all, each a quoted string; null for no words.</summary>
    internal static string? Words(string text)
    {
        var words = text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit))
            .Select(w => w.EndsWith('*') ? Quoted(w.TrimEnd('*')) + "*" : Quoted(w))
            .ToList();
        return words.Count == 0 ? null : string.Join(" AND ", words);
    }

    private static string Quoted(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Limit(SqliteCommand command, int? limit)
    {
        if (limit is null) return "";
        command.Parameters.AddWithValue("$limit", limit.Value);
        return "LIMIT $limit";
    }

    private static IEnumerable<ArticleSummary> Summaries(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return new ArticleSummary(
                reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Split(Text(reader, 4)), Split(Text(reader, 5)),
                Text(reader, 6), reader.GetInt32(7), Text(reader, 8), reader.GetString(9), Text(reader, 10));
    }

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static string[] Split(string? joined) => joined is null ? [] : joined.Split('\u001f');
}
