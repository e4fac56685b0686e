using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Extraction;

/// <summary>
/// The headline is the first line of the copy that is not furniture, a dateline or a photo credit,
/// and short enough to be a title. A kicker (Dachzeile) is recognised only where the copy sets it
/// apart: a line of a few words with no closing punctuation, directly followed by a second
/// title-like line. Otherwise <c>kicker</c> stays null, as the spec asks.
/// </summary>
internal sealed class HeadlineExtractor : IExtractor
{
    private const int MaxHeadlineWords = 30;
    private const int MaxKickerWords = 4;
    private const int MaxKickerHeadlineWords = 20;

    public void Extract(ExtractionContext context)
    {
        if (context.Headline is not null) return;
        var blocks = context.ContentBlocks();
        var first = blocks.FindIndex(b => b.Kind == BlockKind.Unknown && !ImageExtractor.IsCredit(b.Text, context.Language)
                                          && !WireDatelineExtractor.Opens(b.Text));
        if (first < 0 || !IsTitleLike(blocks[first].Text, MaxHeadlineWords)) return;

        var next = first + 1 < blocks.Count ? blocks[first + 1] : null;
        if (next is { Kind: BlockKind.Unknown } && IsKickerPair(blocks[first].Text, next.Text, context.Language))
        {
            blocks[first].Kind = BlockKind.Kicker;
            context.Kicker = blocks[first].Text;
            first++;
        }
        blocks[first].Kind = BlockKind.Headline;
        context.Headline = blocks[first].Text;
        context.Provenance["headline"] = "text";
        if (context.Kicker is not null) context.Provenance["kicker"] = "text";
    }

    /// <summary>
    /// A kicker over a headline: a few words with no closing punctuation, over a line that is a title
    /// too (no sentence, no byline or name line, no wire dateline), and longer than the kicker.
    /// </summary>
    private static bool IsKickerPair(string kicker, string headline, Languages.LanguageTable language)
    {
        var kickerWords = TextCounts.Words(kicker);
        var headlineWords = TextCounts.Words(headline);
        return kickerWords <= MaxKickerWords && headlineWords is > 2 and <= MaxKickerHeadlineWords && headlineWords > kickerWords
               && !EndsWithPeriod(kicker) && !EndsWithPeriod(headline) && !".)\"”“«»".Contains(headline[^1]) && !headline.Contains(". ", StringComparison.Ordinal)
               && !BylineExtractor.LooksLikeByline(headline, language) && !BylineExtractor.IsBareName(headline, language)
               && !BylineExtractor.IsNameInPlace(headline, language) && !WireDatelineExtractor.Opens(headline)
               && !ImageExtractor.IsCredit(headline, language);
    }

    private static bool IsTitleLike(string text, int maxWords) =>
        TextCounts.Words(text) <= maxWords && text.Length <= 250 && !text.EndsWith(':');

    private static bool EndsWithPeriod(string text) => text.EndsWith('.') || text.EndsWith(':') || text.EndsWith(',');

}
