namespace NewsArchive.Parsing.Quotes;

/// <summary>
/// A top-level span in quotation marks within one paragraph. <see cref="Open"/> is the index of the
/// opening mark, <see cref="Close"/> that of the closing mark (the paragraph's length when the quote
/// runs on into the next paragraph). The quoted text lies between them, trimmed.
/// </summary>
internal readonly record struct QuoteSpan(int Open, int Close, char Mark, bool RunsOn)
{
    /// <summary>The first character after the closing mark.</summary>
    public int After => RunsOn ? Close : Close + 1;
}
