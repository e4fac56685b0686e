namespace NewsArchive.Tests.Extraction;

public sealed class PlainTextReaderTests
{
    /// <summary>Wire copy hard-wrapped at 62 columns, paragraphs opened by an indent; <c>{0}</c> takes more paragraphs.</summary>
    private const string CocoaWire = """
        COCOA PRICES FALL IN LONDON
            LONDON, March 2 - Cocoa prices fell sharply on the London
        market on Monday as traders sold ahead of the arrival of the
        new crop from West Africa, dealers said.
            The fall came after weeks of gains in which prices rose by
        nearly ten pct, they said.
        {0}Reuter
        """;

    [Fact]
    public void Hard_wrapped_wire_copy_is_joined_into_paragraphs_at_its_indents()
    {
        var article = Parse.Text(CocoaWire.Replace("{0}", "", StringComparison.Ordinal));
        Assert.Equal("COCOA PRICES FALL IN LONDON", article.Headline);
        Assert.Equal(
            ["Cocoa prices fell sharply on the London market on Monday as traders sold ahead of the arrival of the new crop from West Africa, dealers said.",
             "The fall came after weeks of gains in which prices rose by nearly ten pct, they said."],
            article.Paragraphs);
        Assert.Equal("Reuter", article.Byline.Text);
    }

    [Fact]
    public void A_line_in_lower_case_continues_the_paragraph_even_after_a_closing_quote()
    {
        var article = Parse.Text(CocoaWire.Replace("{0}", "    \"I think prices will fall further,\"\nsaid trader Alan Pike of Castlegate Commodities Ltd.\n", StringComparison.Ordinal));
        Assert.Equal("\"I think prices will fall further,\" said trader Alan Pike of Castlegate Commodities Ltd.", article.Paragraphs[^1]);
        Assert.Equal("Alan Pike", Assert.Single(article.Quotes).Speaker);
    }

    [Fact]
    public void A_word_hyphenated_across_a_line_break_is_rejoined()
    {
        const string text = """
            Cyberangriff auf Rechenzentren
               Berlin (dpa) - Nach dem Angriff auf die kommunalen Rechen-
            zentren bleiben die Systeme in mehreren Städten abgeschaltet, wie
            ein Sprecher des Bundesinnenministeriums am Montag mitteilte.
               Betroffen sind nach Angaben der Behörden auch US-
            Firmen und mehrere Landkreise in Hessen und Thüringen, hieß es.
            """;
        var article = Parse.Text(text);
        Assert.Contains("kommunalen Rechenzentren bleiben", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("auch US-Firmen", article.Paragraphs[1], StringComparison.Ordinal);
    }
}
