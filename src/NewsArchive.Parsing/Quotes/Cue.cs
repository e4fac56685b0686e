namespace NewsArchive.Parsing.Quotes;

/// <summary>
/// The reporting words found for a quote and the phrase naming the speaker, as character ranges in
/// the paragraph. <see cref="Words"/> are the cue's words in text order (<c>teilte mit</c>, <c>so</c>).
/// </summary>
internal sealed record Cue(string Words, int MentionStart, int MentionEnd)
{
    public bool HasMention => MentionEnd > MentionStart;
}
