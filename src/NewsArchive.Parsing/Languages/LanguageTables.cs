namespace NewsArchive.Parsing.Languages;

/// <summary>The languages newsarc knows, in the order they are tried.</summary>
public static class LanguageTables
{
    public static IReadOnlyList<LanguageTable> All { get; } = [German.Table, English.Table];

    public static LanguageTable? Find(string? code) => All.FirstOrDefault(t => t.Code == code);
}
