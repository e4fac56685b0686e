using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Parsing.Json;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Storage;

/// <summary>
/// An article as the archive keeps it: the spec's article JSON, then the archive's own fields.
/// <c>archivedAt</c> (first import, UTC), <c>newsarcVersion</c> (the version that last parsed it),
/// <c>sources</c> (every file it was found in, the first first), <c>raw</c> (the kept input, relative
/// to the archive, or null), <c>nearDuplicateOf</c> (the id of an article archived before that tells the same
/// story in nearly the same words, see <see cref="NearDuplicate"/>, or null).
/// </summary>
public sealed record StoredArticle(Article Article, string ArchivedAt, string NewsarcVersion, IReadOnlyList<string> Sources, string? Raw, string? NearDuplicateOf = null)
{
    public byte[] ToJson() => StoredJson.Compose(StoredJson.ArticlePart(Article), ArchivedAt, NewsarcVersion, Sources, Raw, NearDuplicateOf);

    /// <summary>Reads a stored file; null with the reason when it is not one.</summary>
    public static StoredArticle? FromJson(ReadOnlySpan<byte> json, out string? error)
    {
        try
        {
            var article = ArticleJson.Deserialize(json);
            var fields = JsonSerializer.Deserialize(json, ArchiveFieldsContext.Default.ArchiveFields);
            error = article is null || fields is null || string.IsNullOrEmpty(article.Id) ? "not an article" : null;
            return error is null ? new StoredArticle(article!, fields!.ArchivedAt ?? "", fields.NewsarcVersion ?? "", fields.Sources ?? [], fields.Raw, fields.NearDuplicateOf) : null;
        }
        catch (JsonException e)
        {
            error = $"invalid JSON ({e.Message})";
            return null;
        }
    }
}

internal sealed record ArchiveFields(string? ArchivedAt, string? NewsarcVersion, List<string>? Sources, string? Raw, string? NearDuplicateOf);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ArchiveFields))]
internal sealed partial class ArchiveFieldsContext : JsonSerializerContext;
