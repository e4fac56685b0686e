using NewsArchive.Parsing.Input;

namespace NewsArchive.Tests.Input;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("2,4\u00A0Millionen", "2,4 Millionen")]
    [InlineData("Innen\u00ADstadt", "Innenstadt")]
    [InlineData("Zero\u200Bwidth\u0007", "Zerowidth")]
    [InlineData("e\u0301", "é")]
    public void Characters_are_normalised_as_the_spec_says(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void The_same_text_has_the_same_id_whatever_its_line_ends_and_spacing()
    {
        var id = ArticleIdentity.IdOf(TextNormalizer.Normalize("Title\n\nFirst  paragraph.\nSecond."));
        Assert.Equal(id, ArticleIdentity.IdOf(TextNormalizer.Normalize("Title\r\nFirst paragraph. \r\n\r\nSecond.\r\n")));
        Assert.NotEqual(id, ArticleIdentity.IdOf(TextNormalizer.Normalize("Title\nFirst paragraph.\nThird.")));
        Assert.Matches("^[0-9a-f]{16}$", id);
    }
}
