namespace NewsArchive.Tests.Extraction;

public sealed class WireDatelineTests
{
    /// <summary>A second paragraph in the first one's language, so the language is told right.</summary>
    private static string SecondParagraph(string first) => first.Contains(" die ", StringComparison.Ordinal) || first.Contains(" den ", StringComparison.Ordinal)
        ? "Der zweite Absatz der Meldung folgt hier mit mehr von den Fakten und den Zahlen."
        : "The second paragraph of the story follows here with more of the facts.";

    public static TheoryData<string, string, string, string?> Openings() => new()
    {
        { "WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.", "WASHINGTON (AP) —", "WASHINGTON", "AP" },
        { "LONDON, Feb 12 (Reuters) - Britain's economy grew in the last quarter.", "LONDON, Feb 12 (Reuters) -", "LONDON", "Reuters" },
        { "Berlin (dpa) - Die Bundesregierung hat am Mittwoch den Haushalt beschlossen.", "Berlin (dpa) -", "Berlin", "dpa" },
        { "SALVADOR, Feb 26 - Showers continued throughout the week.", "SALVADOR, Feb 26 -", "SALVADOR", null },
        { "PORTLAND, Ore., March 2 - The company said it would cut jobs.", "PORTLAND, Ore., March 2 -", "PORTLAND, Ore.", null },
        { "Frankfurt/Main (dpa/lhe) - Die Börse hat am Mittwoch zugelegt.", "Frankfurt/Main (dpa/lhe) -", "Frankfurt/Main", "dpa" },
        { "TOKYO — Japan's central bank kept rates unchanged on Friday.", "TOKYO —", "TOKYO", null },
        { "Wien – Die Regierung hat den Bonus am Dienstag beschlossen.", "Wien –", "Wien", null },
    };

    [Theory]
    [MemberData(nameof(Openings))]
    public void A_wire_dateline_moves_out_of_the_first_paragraph(string paragraph, string wire, string location, string? agency)
    {
        var article = Parse.Text($"Headline of the story\n{paragraph}\n{SecondParagraph(paragraph)}\n");
        Assert.Equal(wire, article.Dateline.Wire);
        Assert.Equal(location, article.Dateline.Location);
        Assert.Equal(paragraph[(wire.Length + 1)..], article.Paragraphs[0]);
        if (agency is not null) Assert.Contains(agency, article.Byline.Agencies);
    }

    [Theory]
    [InlineData("Gestern - so hieß es - hat die Regierung den Haushalt beschlossen.")]
    [InlineData("US-Präsident Donald Trump hat mit dem ukrainischen Präsidenten telefoniert.")]
    [InlineData("In Washington — a city of compromise — the vote was close.")]
    public void Ordinary_first_sentences_keep_their_words(string paragraph)
    {
        var article = Parse.Text($"Headline of the story\n{paragraph}\n{SecondParagraph(paragraph)}\n");
        Assert.Null(article.Dateline.Wire);
        Assert.Equal(paragraph, article.Paragraphs[0]);
    }
}
