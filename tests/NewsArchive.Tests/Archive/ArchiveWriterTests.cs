using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Json;
using NewsArchive.Parsing.Model;
using NewsArchive.Storage;

namespace NewsArchive.Tests.Archive;

/// <summary>
/// The parts of the archive's writer that were made faster and must not change what it writes: the stored JSON spliced
/// from the article's own JSON.
/// </summary>
public sealed class ArchiveWriterTests
{
    private static Article Parse(string path) =>
        ArticleParser.Parse(File.ReadAllBytes(path), path, new ParseOptions()).Article ?? throw new InvalidOperationException(path + " does not parse");

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Samples, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            if (file.EndsWith(".txt", StringComparison.Ordinal) || file.EndsWith(".html", StringComparison.Ordinal)) data.Add(Path.GetRelativePath(TestPaths.Samples, file));
        return data;
    }

    /// <summary>The stored file as the archive wrote it before: the article as one JSON node, the archive's fields added, written indented.</summary>
    private static byte[] AsOneNode(StoredArticle stored)
    {
        var node = ArticleJson.ToNode(stored.Article);
        node["archivedAt"] = stored.ArchivedAt;
        node["newsarcVersion"] = stored.NewsarcVersion;
        node["sources"] = new JsonArray([.. stored.Sources.Select(s => (JsonNode?)JsonValue.Create(s))]);
        node["raw"] = stored.Raw;
        node["nearDuplicateOf"] = stored.NearDuplicateOf;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            node.WriteTo(writer);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_stored_json_spliced_from_the_articles_own_is_byte_for_byte_the_one_written_as_one_node(string sample)
    {
        var article = Parse(Path.Combine(TestPaths.Samples, sample));
        StoredArticle[] shapes =
        [
            new(article, "2026-12-06T19:12:44+00:00", "0.1.0+abc", ["/in/a.txt"], null),
            new(article, "2026-12-06T19:12:44+00:00", "0.1.0", ["/in/Müller „Zitat“ \"quoted\"\t.txt", "/in/b\\c.txt", "/in/日本.txt"], "raw/ab/abcdef.txt", "0123456789abcdef"),
            new(article, "", "", [], null),
        ];
        foreach (var stored in shapes) Assert.Equal(AsOneNode(stored), stored.ToJson());
    }
}
