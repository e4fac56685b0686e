namespace NewsArchive.Parsing.Languages;

/// <summary>
/// Words that open a byline on web pages in languages that have no table of their own yet (<c>por</c>,
/// <c>par</c>, <c>di</c>, <c>door</c>), read only in the bylines and author fields of HTML pages, beside the
/// openers of the language tables (<see cref="LanguageTable.BylineOpeners"/>). Lower case.
/// </summary>
internal static class BylineLabels
{
    public static readonly string[] Openers = ["por", "par", "di", "door", "av", "af", "przez", "autor", "autorin", "author", "posted by", "published by"];
}
