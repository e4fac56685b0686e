using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsArchive.Parsing.Json;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Storage;

/// <summary>
/// The bytes of a stored article's file: the spec's article JSON as <see cref="ArticleJson"/> writes it (indented,
/// non-ASCII literal), then the archive's fields in the same object, then a newline. The article part depends on
/// the input alone, so an import's parse workers write it in parallel (<see cref="ImportItem.Prepare"/>); the single
/// writer only appends the fields it alone knows (when, from which files, the near-duplicate). That is why the
/// object is reopened by splicing bytes rather than built as one JSON node: the node and its writing cost the
/// writer more than anything else it did per article but the index.
/// </summary>
internal static class StoredJson
{
    private static readonly JsonWriterOptions Writer = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Writer.NewLine);

    /// <summary>The article as the spec's indented JSON, UTF-8, without a final newline.</summary>
    public static byte[] ArticlePart(Article article) => Encoding.UTF8.GetBytes(ArticleJson.Serialize(article, indented: true));

    /// <summary>
    /// <paramref name="article"/> (from <see cref="ArticlePart"/>) with the archive's fields added as its last properties,
    /// byte for byte what one writer of the whole object with the same options gives.
    /// </summary>
    public static byte[] Compose(ReadOnlySpan<byte> article, string archivedAt, string version, IReadOnlyList<string> sources, string? raw, string? nearDuplicateOf)
    {
        var fields = new ArrayBufferWriter<byte>(256 + (sources.Count * 128));
        using (var writer = new Utf8JsonWriter(fields, Writer))
        {
            writer.WriteStartObject();
            writer.WriteString("archivedAt", archivedAt);
            writer.WriteString("newsarcVersion", version);
            writer.WriteStartArray("sources");
            foreach (var source in sources) writer.WriteStringValue(source);
            writer.WriteEndArray();
            writer.WriteString("raw", raw);
            writer.WriteString("nearDuplicateOf", nearDuplicateOf);
            writer.WriteEndObject();
        }
        // article: "{" NL "  ..." NL "}"; fields: "{" NL "  ..." NL "}". The article loses its closing NL "}",
        // the fields their opening "{", and a comma joins them.
        var close = NewLine.Length + 1;
        if (article.Length < close + 1 || article[^1] != (byte)'}' || !article[^close..^1].SequenceEqual(NewLine))
            throw new ArgumentException("not an indented JSON object", nameof(article));
        var tail = fields.WrittenSpan[1..];
        var bytes = new byte[article.Length - close + 1 + tail.Length + 1];
        article[..^close].CopyTo(bytes);
        bytes[article.Length - close] = (byte)',';
        tail.CopyTo(bytes.AsSpan(article.Length - close + 1));
        bytes[^1] = (byte)'\n';
        return bytes;
    }
}
