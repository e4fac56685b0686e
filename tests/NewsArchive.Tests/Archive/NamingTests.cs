using NewsArchive.Cli;
using NewsArchive.Storage;

namespace NewsArchive.Tests.Archive;

/// <summary>File-name slugs of headlines and the globs of --include and --exclude, one row per shape.</summary>
public sealed class NamingTests
{
    public static TheoryData<string?, string> Slugs => new()
    {
        { "Nach Telefonat mit Putin Selenskyj spricht mit Trump über \"Möglichkeiten für Frieden\"", "nach-telefonat-mit-putin-selenskyj-spricht-mit-trump-uber" },
        { "Straße: Größte Baustelle", "strasse-grosste-baustelle" },
        { "../../etc/passwd", "etc-passwd" },
        { "THUNANDER CORP <THDR> YEAR NET", "thunander-corp-thdr-year-net" },
        { "Привет мир", "article" },
        { "", "article" },
        { null, "article" },
        { new string('x', 300), new string('x', 60) },
    };

    [Theory]
    [MemberData(nameof(Slugs))]
    public void A_slug_is_ascii_letters_digits_and_hyphens_of_at_most_60(string? headline, string slug) => Assert.Equal(slug, Slug.Of(headline));

    [Theory]
    [InlineData("*.txt", "a.txt", "x/a.txt", true)]
    [InlineData("*.txt", "a.html", "x/a.html", false)]
    [InlineData("a?c", "abc", "abc", true)]
    [InlineData("drafts", "drafts", "x/drafts", true)]
    [InlineData("2025/*.txt", "a.txt", "2025/a.txt", true)]
    [InlineData("2025/*.txt", "a.txt", "2025/02/a.txt", false)]
    [InlineData("2025/**/*.txt", "a.txt", "2025/02/12/a.txt", true)]
    [InlineData("2025/**/*.txt", "a.txt", "2025/a.txt", true)]
    [InlineData("**/*.html", "a.html", "deep/er/a.html", true)]
    [InlineData("*a*a*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "x", false)]
    public void Globs_match_names_or_paths_below_the_folder(string pattern, string name, string relative, bool matches) =>
        Assert.Equal(matches, new Glob(pattern).Matches(name, relative));
}
