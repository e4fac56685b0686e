namespace NewsArchive.Evaluation;

/// <summary>
/// One annotated direct quote: its text (or, where the gold stores only its opening words, those),
/// the speaker as annotated, and the cue's words joined by one space.
/// </summary>
internal sealed record GoldQuote(string Text, bool TextIsPrefix, string? Speaker, string? Cue);

/// <summary>
/// An article as a reader's copy, with its gold quotes, and the texts of quotes the gold leaves out of
/// the score (no speaker annotated): a found quote that matches one counts neither for nor against.
/// </summary>
internal sealed record GoldArticle(string Name, string Copy, IReadOnlyList<GoldQuote> Quotes, IReadOnlyList<string> Ignored);
