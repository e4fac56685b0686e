using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Extraction;

/// <summary>What no extractor claimed is the body: each remaining block is a paragraph, in reading order.</summary>
internal sealed class ParagraphCollector : IExtractor
{
    public void Extract(ExtractionContext context)
    {
        foreach (var block in context.Document.Unclaimed)
        {
            block.Kind = BlockKind.Paragraph;
            context.Paragraphs.Add(block.Text);
        }
    }
}
