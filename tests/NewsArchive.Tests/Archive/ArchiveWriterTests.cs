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
/// from the article's own JSON, the near-duplicate table in memory, and that table seeing what another process wrote.
/// </summary>
public sealed class ArchiveWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsarc-writer-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

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

    [Fact]
    public void The_near_duplicate_table_finds_exactly_the_rows_that_share_a_band_and_are_within_seven_bits()
    {
        var random = new Random(1987);
        var table = new NearDuplicateTable();
        var rows = new List<(long Row, long Hash)>();
        for (var i = 0; i < 5000; i++)
        {
            // every third a variant of an earlier one (a few bits flipped), so that there are near and far neighbours
            var hash = i % 3 == 0 && rows.Count > 0 ? Flip(rows[random.Next(rows.Count)].Hash, random.Next(12), random) : random.NextInt64(long.MinValue, long.MaxValue);
            rows.Add((i + 1, hash));
            table.Add(i + 1, hash);
        }
        for (var probe = 0; probe < 2000; probe++)
        {
            var hash = Flip(rows[random.Next(rows.Count)].Hash, random.Next(10), random);
            var expected = rows.Where(r => NearDuplicateTable.ShareBand(hash, r.Hash) && NearDuplicate.Distance(hash, r.Hash) <= NearDuplicate.MaxDistance)
                .Select(r => r.Row).Order();
            Assert.Equal(expected, table.Within(hash).Order());
        }
    }

    private static long Flip(long hash, int bits, Random random)
    {
        for (var i = 0; i < bits; i++) hash ^= 1L << random.Next(64);
        return hash;
    }

    [Fact]
    public void A_near_duplicate_stored_by_another_archive_object_meanwhile_is_found()
    {
        var story = File.ReadAllText(Path.Combine(TestPaths.Samples, "en", "guardian-2025-02-12-berlin-office-flats.txt"));
        var original = Path.Combine(_dir, "original.txt");
        var syndicated = Path.Combine(_dir, "syndicated.txt");
        var unrelated = Path.Combine(_dir, "unrelated.txt");
        File.WriteAllText(original, story);
        File.WriteAllText(syndicated, string.Join('\n', ["Berlin plans 20,000 flats in empty offices", .. story.Split('\n')[1..]]) + "\nThis story was first published by a partner outlet.\n");
        File.Copy(Path.Combine(TestPaths.Samples, "en", "wapo-2025-02-12-island-ferry.txt"), unrelated);
        var root = Path.Combine(_dir, "archive");

        // The second writer has loaded its fingerprint table (storing the unrelated article) before the first one
        // stores the original: its next batch must see the original all the same.
        using var first = Storage.Archive.Open(root, "test", ArchiveAccess.Create);
        using var second = Storage.Archive.Open(root, "test", ArchiveAccess.Create);
        second.Store([new ImportItem(unrelated, Parse(unrelated), [])], keepRaw: false);
        first.Store([new ImportItem(original, Parse(original), [])], keepRaw: false);
        second.Store([new ImportItem(syndicated, Parse(syndicated), [])], keepRaw: false);

        var near = second.List(ArticleFilter.None, null).ToDictionary(a => a.Headline ?? "", a => a.NearDuplicateOf);
        Assert.Equal(Parse(original).Id, near["Berlin plans 20,000 flats in empty offices"]);
        Assert.Equal(2, near.Values.Count(v => v is null));
    }
}
