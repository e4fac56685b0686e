namespace NewsArchive.Parsing.Document;

/// <summary>
/// The neutral document every reader produces and every extractor reads: blocks in reading order,
/// plus metadata the source states outright (HTML meta tags, JSON-LD), each with the evidence it came from.
/// </summary>
internal sealed class SourceDocument(string format, IReadOnlyList<Block> blocks, Html.PageMetadata? metadata = null)
{
    /// <summary>What an HTML page states outside its body text; null for plain text.</summary>
    public Html.PageMetadata? Metadata { get; } = metadata;

    public string Format { get; } = format;

    public IReadOnlyList<Block> Blocks { get; } = blocks;

    public IEnumerable<Block> Unclaimed => Blocks.Where(b => b.Kind == BlockKind.Unknown);
}
