using NewsArchive.Parsing;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Tests.Golden;

/// <summary>The seed, read in place from <c>../shared/seed/</c>, against its worked example in the spec.</summary>
public sealed class SeedTests
{
    private static readonly Article Seed =
        ArticleParser.Parse(File.ReadAllBytes(TestPaths.Seed), "seed.txt", ParseOptions.Default).Article!;

    [Fact]
    public void Header_fields_are_as_the_spec_works_them_out()
    {
        Assert.Equal("Nach Telefonat mit Putin Selenskyj spricht mit Trump über \"Möglichkeiten für Frieden\"", Seed.Headline);
        Assert.Null(Seed.Kicker);
        Assert.Equal(new Dateline("12.02.2025, 20:12 Uhr", null, null, "2025-02-12T20:12:00+01:00", null), Seed.Dateline);
        Assert.Equal("outlet", Seed.Provenance["dateline.offset"]);
        Assert.StartsWith("Donald Trump kontaktiert kurz nach seinem Telefonat", Seed.Teaser);
        Assert.Equal("de", Seed.Language);
        Assert.Equal(367, Seed.WordCount);
    }

    [Fact]
    public void Byline_keeps_publisher_authors_and_agencies_apart()
    {
        Assert.Equal("Quelle: ntv.de, lme/dpa", Seed.Byline.Text);
        Assert.Equal("ntv.de", Seed.Byline.Publisher);
        Assert.Equal(["lme"], Seed.Byline.Authors);
        Assert.Equal(["dpa"], Seed.Byline.Agencies);
    }

    [Fact]
    public void The_image_has_caption_and_credit()
    {
        var image = Assert.Single(Seed.Images);
        Assert.Equal(new ArticleImage("Trump und Selenskyj trafen sich zuletzt in Paris persönlich.", "picture alliance / ZUMAPRESS.com", null), image);
    }

    [Fact]
    public void Ten_quotes_with_their_speakers_in_reading_order()
    {
        Assert.Equal(
            ["Wolodymyr Selenskyj", "Wolodymyr Selenskyj", "Wolodymyr Selenskyj", "Wolodymyr Selenskyj", "Donald Trump",
             "Donald Trump", "Donald Trump", "Donald Trump", "Donald Trump", "Karoline Leavitt"],
            Seed.Quotes.Select(q => q.Speaker));
        Assert.Equal([false, false, false, false, false, false, true, false, false, true], Seed.Quotes.Select(q => q.Partial));
        Assert.Equal(("der ukrainische Staatschef", "erklärte", "role"), (Seed.Quotes[0].Mention, Seed.Quotes[0].Cue, Seed.Quotes[0].Attribution));
        Assert.Equal("continuation", Seed.Quotes[1].Attribution);
        Assert.Equal(("Trump-Sprecherin Karoline Leavitt", "cue"), (Seed.Quotes[9].Mention, Seed.Quotes[9].Attribution));
    }

    [Fact]
    public void Every_quote_offset_points_at_its_text()
    {
        foreach (var q in Seed.Quotes)
            Assert.Equal(q.Text, Seed.Paragraphs[q.Paragraph].Substring(q.Start, q.Length));
    }
}
