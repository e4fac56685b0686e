using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Extraction;

/// <summary>What no extractor claimed is the body: each remaining block is a paragraph, in reading order.</summary>
internal sealed class ParagraphCollector : IExtractor
{
    public void Extract(ExtractionContext context)
    {
        foreach (var block in context.Document.Unclaimed)
        {
            if (block.IsPageHeader) { block.Kind = BlockKind.Furniture; continue; }
            block.Kind = BlockKind.Paragraph;
            context.Paragraphs.Add(block.Text);
        }
    }
}
