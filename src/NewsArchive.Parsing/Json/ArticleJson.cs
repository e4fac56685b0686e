using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Parsing.Json;

/// <summary>
/// Writes articles as the spec's JSON: camelCase in model order, every field present (null where
/// unknown), non-ASCII literal (<c>ä</c>, <c>„</c>), source-generated so it needs no reflection.
/// </summary>
public static class ArticleJson
{
    private static readonly ArticleJsonContext Pretty = Create(indented: true);
    private static readonly ArticleJsonContext Compact = Create(indented: false);

    public static string Serialize(Article article, bool indented = true) =>
        JsonSerializer.Serialize(article, (indented ? Pretty : Compact).Article);

    public static Article? Deserialize(string json) => JsonSerializer.Deserialize(json, Pretty.Article);

    public static Article? Deserialize(ReadOnlySpan<byte> utf8) => JsonSerializer.Deserialize(utf8, Pretty.Article);

    /// <summary>The article as a JSON object, for writers that add fields of their own after the spec's (the archive).</summary>
    public static JsonObject ToNode(Article article) => JsonSerializer.SerializeToNode(article, Pretty.Article)!.AsObject();

    private static ArticleJsonContext Create(bool indented) => new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    });
}

[JsonSerializable(typeof(Article))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;
