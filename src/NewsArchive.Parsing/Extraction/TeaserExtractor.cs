using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Extraction;

/// <summary>
/// The teaser (standfirst, Vorspann) is told apart from the body only where the layout shows it:
/// (a) a prose block between the headline and a later header line (byline, dateline, picture), as
/// the Guardian, NYT, Spiegel and FAZ print it; or (b) in languages whose outlets lead every article
/// with a teaser (<see cref="Languages.LanguageTable.TeaserLeadsBody"/>), the first block after a web
/// page's header (one with a dateline line), when it is short and the body follows; not in wire
/// copy, whose body opens with the wire dateline. When unsure, the text stays in the paragraphs.
/// </summary>
internal sealed class TeaserExtractor : IExtractor
{
    private const int MaxTeaserWords = 80;
    private const int MaxLeadTeaserWords = 60;

    public void Extract(ExtractionContext context)
    {
        // A page marks its teaser or has none: the reader took it (PageHeader.Teaser).
        if (context.Document.Metadata is not null) return;
        var blocks = context.ContentBlocks();
        var headline = blocks.FindIndex(b => b.Kind == BlockKind.Headline);
        var candidate = blocks.FindIndex(headline + 1, b => b.Kind == BlockKind.Unknown);
        if (headline < 0 || candidate < 0) return;
        var words = TextCounts.Pieces(blocks[candidate].Text);
        var next = candidate + 1 < blocks.Count ? blocks[candidate + 1] : null;
        var bodyAfter = blocks.Skip(candidate + 1).Count(b => b.Kind == BlockKind.Unknown);

        var beforeHeaderLine = next is { Kind: BlockKind.Byline or BlockKind.Dateline or BlockKind.Caption or BlockKind.Credit }
                               && IsHeaderLine(blocks, candidate + 1) && words <= MaxTeaserWords && bodyAfter >= 1;
        var leadsBody = context.Language.TeaserLeadsBody && context.DatelineText is not null && context.WireDateline is null
                        && words <= MaxLeadTeaserWords && bodyAfter >= 2
                        && !blocks.Skip(candidate + 1).TakeWhile(b => b.Kind != BlockKind.Unknown).Any();
        if (!beforeHeaderLine && !leadsBody) return;

        blocks[candidate].Kind = BlockKind.Teaser;
        context.Teaser = blocks[candidate].Text;
        context.Provenance["teaser"] = "text";
    }

    /// <summary>A header line stands before the body: no body paragraph comes between it and the headline.</summary>
    private static bool IsHeaderLine(List<Block> blocks, int index) =>
        blocks.Take(index).Count(b => b.Kind == BlockKind.Unknown) <= 1;
}
