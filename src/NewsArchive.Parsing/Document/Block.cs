namespace NewsArchive.Parsing.Document;

/// <summary>What a block of the source turned out to be. Readers may set it; extractors refine it.</summary>
public enum BlockKind
{
    Unknown,
    Furniture,
    Kicker,
    Headline,
    Dateline,
    Byline,
    Caption,
    Credit,
    Teaser,
    Paragraph,
}

/// <summary>
/// One logical line of the source: a paragraph, a heading, a caption. Its text is already collapsed
/// (single spaces, trimmed).
/// </summary>
public sealed class Block(string text, BlockKind kind = BlockKind.Unknown)
{
    public string Text { get; set; } = text;

    public BlockKind Kind { get; set; } = kind;

    /// <summary>A line from an HTML page's article header (byline, date): furniture unless an extractor reads it.</summary>
    public bool IsPageHeader { get; init; }

    public override string ToString() => $"{Kind}: {Text}";
}
