namespace NewsArchive.Evaluation;

/// <summary>
/// One annotated direct quote: its text (or, where the gold stores only its opening words, those),
/// the speaker as annotated, the cue's words joined by one space, and where the annotation marks only
/// the words naming the speaker at the quote (<c>er</c>, <c>der Minister</c>), who they are as the spec
/// writes a <c>speaker</c> (<see cref="SpecSpeaker"/>).
/// </summary>
internal sealed record GoldQuote(string Text, bool TextIsPrefix, string? Speaker, string? Cue, SpecSpeaker? Resolved = null)
{
    /// <summary>The same span annotated again (once for the speaker, once for the medium that quotes them): one quote, either speaker right.</summary>
    public IReadOnlyList<GoldQuote> Also { get; init; } = [];
}

/// <summary>The spec's <c>speaker</c> for a gold quote: a name, or null where the spec wants none.</summary>
internal sealed record SpecSpeaker(string? Name);

/// <summary>
/// An article as a reader's copy, with its gold quotes, and the texts of quotes the gold leaves out of
/// the score (no speaker annotated): a found quote that matches one counts neither for nor against.
/// </summary>
internal sealed record GoldArticle(string Name, string Copy, IReadOnlyList<GoldQuote> Quotes, IReadOnlyList<string> Ignored);
