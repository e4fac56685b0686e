namespace NewsArchive.Parsing.Languages;

/// <summary>
/// Function words of languages newsarc does not parse (French, Italian, Spanish, Latin): in a quoted
/// span without sentence punctuation they mark a name or title in that language (<c>„La Gazetta dello
/// Sport“</c>, <c>„summa cum laude“</c>), not words spoken in the article's language.
/// </summary>
internal static class ForeignWords
{
    public static IReadOnlySet<string> FunctionWords { get; } = new HashSet<string>(
        "le la les du des de della dello delle degli di del il lo gli el los las y et au aux sur pour cum sine".Split(' '),
        StringComparer.Ordinal);
}
