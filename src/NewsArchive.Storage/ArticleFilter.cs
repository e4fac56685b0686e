using Microsoft.Data.Sqlite;

namespace NewsArchive.Storage;

/// <summary>
/// The filters <c>list</c>, <c>search</c>, <c>export</c> and <c>stats</c> share. Dates compare with the
/// local publication date (the date part of <c>dateline.published</c>, as the article states it);
/// with <see cref="Since"/> or <see cref="Until"/> set, articles without a date are left out.
/// Language and agency match exactly (agency without regard to case); publisher and author match a
/// part of the name without regard to case or diacritics.
/// </summary>
public sealed record ArticleFilter(DateOnly? Since = null, DateOnly? Until = null, string? Language = null, string? Publisher = null, string? Agency = null, string? Author = null)
{
    public static ArticleFilter None { get; } = new();

    /// <summary>SQL conditions on the table alias <c>a</c>, joined by AND (or <c>1</c>), with their parameters added to <paramref name="command"/>.</summary>
    internal string Where(SqliteCommand command)
    {
        var conditions = new List<string>();
        if (Since is { } since)
        {
            conditions.Add("a.published_date >= $since");
            command.Parameters.AddWithValue("$since", since.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        if (Until is { } until)
        {
            conditions.Add("a.published_date <= $until");
            command.Parameters.AddWithValue("$until", until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        if (Since is not null || Until is not null) conditions.Add("a.published_date IS NOT NULL");
        if (Language is not null)
        {
            conditions.Add("a.language = $language");
            command.Parameters.AddWithValue("$language", Language.ToLowerInvariant());
        }
        if (Publisher is not null)
        {
            conditions.Add("instr(a.publisher_folded, $publisher) > 0");
            command.Parameters.AddWithValue("$publisher", Fold.Of(Publisher));
        }
        if (Agency is not null)
        {
            conditions.Add("EXISTS (SELECT 1 FROM agencies g WHERE g.article = a.rowid AND g.name = $agency COLLATE NOCASE)");
            command.Parameters.AddWithValue("$agency", Agency);
        }
        if (Author is not null)
        {
            conditions.Add("EXISTS (SELECT 1 FROM authors w WHERE w.article = a.rowid AND instr(w.folded, $author) > 0)");
            command.Parameters.AddWithValue("$author", Fold.Of(Author));
        }
        return conditions.Count == 0 ? "1" : string.Join(" AND ", conditions);
    }
}
