using NewsArchive.Parsing.Extraction;

namespace NewsArchive.Tests.Extraction;

/// <summary>How text splits into words and marks.</summary>
public sealed class TokenTests
{
    [Fact]
    public void A_character_outside_the_basic_plane_is_one_token_never_half_of_one()
    {
        var tokens = Token.Split("sagte 😀 Trump");

        Assert.Equal(["sagte", "😀", "Trump"], tokens.Select(t => t.Text));
    }
}
