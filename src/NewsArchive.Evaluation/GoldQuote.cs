namespace NewsArchive.Evaluation;

/// <summary>
/// One annotated direct quote: its text (or, where the gold stores only its opening words, those),
/// the speaker as annotated, and the cue's words joined by one space.
/// </summary>
internal sealed record GoldQuote(string Text, bool TextIsPrefix, string? Speaker, string? Cue);

/// <summary>An article as a reader's copy, with its gold quotes.</summary>
internal sealed record GoldArticle(string Name, string Copy, IReadOnlyList<GoldQuote> Quotes);
