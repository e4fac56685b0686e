using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Storage;

namespace NewsArchive.Cli;

/// <summary>The JSON records the archive commands print: camelCase, non-ASCII literal, source-generated.</summary>
internal static class CliJson
{
    private static readonly CliJsonContext Compact = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly CliJsonContext Indented = new(new JsonSerializerOptions(Compact.Options) { WriteIndented = true });

    public static string Line(ArticleSummary value) => JsonSerializer.Serialize(value, Compact.ArticleSummary);

    public static string Line(QuoteHit value) => JsonSerializer.Serialize(value, Compact.QuoteHit);

    public static string Pretty(ArchiveStats value) => JsonSerializer.Serialize(value, Indented.ArchiveStats);

    public static string Pretty(ImportSummary value) => JsonSerializer.Serialize(value, Indented.ImportSummary);

    public static string Pretty(CheckSummary value) => JsonSerializer.Serialize(value, Indented.CheckSummary);
}

/// <summary><c>import --json</c>: what the import did.</summary>
internal sealed record ImportSummary(string Archive, int Imported, int SourceAdded, int AlreadyPresent, IReadOnlyList<FailedFile> Failed, double Seconds);

internal sealed record FailedFile(string Path, string Reason);

/// <summary><c>verify</c>, <c>reindex</c> and <c>reparse</c> with <c>--json</c>: articles gone through and the problems found.</summary>
internal sealed record CheckSummary(string Archive, int Articles, IReadOnlyList<string> Problems);

[JsonSerializable(typeof(ArticleSummary))]
[JsonSerializable(typeof(QuoteHit))]
[JsonSerializable(typeof(ArchiveStats))]
[JsonSerializable(typeof(ImportSummary))]
[JsonSerializable(typeof(CheckSummary))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
