using CsCheck;
using NewsArchive.Parsing.Extraction;

namespace NewsArchive.Tests.Properties;

/// <summary>
/// <see cref="TextCounts"/> counts space-separated pieces without splitting, for speed; the rules were written with
/// <c>Split</c>, so the counts must be exactly what <c>Split</c> gave, on any text (runs of spaces, edges, other whitespace).
/// </summary>
public sealed class TextCountsProperties
{
    private static readonly Gen<string> Text = Gen.String[Gen.Char[" a\u00a0\t.é"], 0, 40];

    [Fact]
    public void Pieces_are_what_split_on_space_gives() =>
        Text.Sample(text => Assert.Equal(text.Split(' ').Length, TextCounts.Pieces(text)), iter: PropertyRuns.Iterations(0.2));

    [Fact]
    public void Words_are_what_split_without_empty_entries_gives() =>
        Text.Sample(text => Assert.Equal(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, TextCounts.Words(text)), iter: PropertyRuns.Iterations(0.2));
}
