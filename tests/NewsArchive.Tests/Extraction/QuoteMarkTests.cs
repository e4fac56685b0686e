namespace NewsArchive.Tests.Extraction;

public sealed class QuoteMarkTests
{
    public static TheoryData<string, string, string> Styles() => new()
    {
        { "Gesetz beschlossen", "„Wir sind sehr zufrieden mit dem Ergebnis“, sagte die Ministerin Anna Muster.", "Wir sind sehr zufrieden mit dem Ergebnis" },
        { "Gesetz beschlossen", "»Wir sind sehr zufrieden mit dem Ergebnis«, sagte die Ministerin Anna Muster.", "Wir sind sehr zufrieden mit dem Ergebnis" },
        { "Gesetz beschlossen", "„Wir sind sehr zufrieden mit dem Ergebnis”, sagte die Ministerin Anna Muster.", "Wir sind sehr zufrieden mit dem Ergebnis" },
        { "Gesetz beschlossen", "„Wir sind sehr zufrieden mit dem Ergebnis\", sagte die Ministerin Anna Muster.", "Wir sind sehr zufrieden mit dem Ergebnis" },
        { "Gesetz beschlossen", "«Wir sind sehr zufrieden mit dem Ergebnis», sagte die Ministerin Anna Muster.", "Wir sind sehr zufrieden mit dem Ergebnis" },
        { "Gesetz beschlossen", "\"Wir sind sehr zufrieden mit dem Ergebnis\", sagte die Ministerin Anna Muster.", "Wir sind sehr zufrieden mit dem Ergebnis" },
        { "Senate passes bill", "“We are very pleased with the outcome,” said Senator Jane Doe.", "We are very pleased with the outcome," },
        { "Senate passes bill", "‘We are very pleased with the outcome,’ said Senator Jane Doe.", "We are very pleased with the outcome," },
        { "Senate passes bill", "\"We are very pleased with the outcome,\" said Senator Jane Doe.", "We are very pleased with the outcome," },
        { "Gesetz beschlossen", "„Er sagte mir: ‚Das schaffen wir nicht‘, und ging“, berichtete die Ministerin Anna Muster.", "Er sagte mir: ‚Das schaffen wir nicht‘, und ging" },
        { "Senate passes bill", "“He told me, ‘We won’t make it,’ and left,” said Senator Jane Doe.", "He told me, ‘We won’t make it,’ and left," },
    };

    [Theory]
    [MemberData(nameof(Styles))]
    public void Every_quote_mark_style_gives_one_quote_with_nested_marks_inside(string headline, string paragraph, string text)
    {
        var article = Parse.Text($"{headline}\n{paragraph}\n");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(text, quote.Text);
        Assert.Equal(quote.Text, article.Paragraphs[quote.Paragraph].Substring(quote.Start, quote.Length));
    }

    [Fact]
    public void An_apostrophe_is_no_quote_mark()
    {
        var article = Parse.Text("Senate passes bill\nThe senators’ vote didn’t surprise anyone in the party's ranks, and the voters' mood was calm.\n");
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void A_quote_over_two_paragraphs_is_one_quote_per_paragraph_with_one_speaker()
    {
        var article = Parse.Text("Senate passes bill\n“We have waited years for this,” said Senator Jane Doe. “It will clean our rivers.\n“And it will save lives in every county of this state,” she added.\n");
        Assert.Equal(["We have waited years for this,", "It will clean our rivers.", "And it will save lives in every county of this state,"], article.Quotes.Select(q => q.Text));
        Assert.All(article.Quotes, q => Assert.Equal("Jane Doe", q.Speaker));
    }

    [Theory]
    [InlineData("Gesetz beschlossen", "Die Regierung plant den sogenannten „Klimabonus“ für alle Haushalte im Land.")]
    [InlineData("Gesetz beschlossen", "Im Kino läuft der Film „Sommer in Wunsiedel“ seit drei Wochen vor vollen Sälen.")]
    [InlineData("Senate passes bill", "The bill, known as the “Clean Rivers Act,” passed the committee on Wednesday.")]
    [InlineData("Senate passes bill", "Her book “The Empty City” was published last year to wide acclaim.")]
    [InlineData("Zentralbank", "Die Zentralbank wird vom siebenköpfigen „Board of Governors“ geleitet, sagte die Ministerin Anna Muster am Montag in Berlin.")]
    [InlineData("Theater", "Die Bühne spielt „Wer hat Angst vor Virginia Woolf“ von Edward Albee, sagte die Ministerin Anna Muster am Montag in Berlin.")]
    [InlineData("Protest", "Laut „tagesschau.de“ demonstrierten am Montag in Berlin die Menschen, sagte die Ministerin Anna Muster.")]
    [InlineData("Gentechnik", "Die Ministerin Anna Muster sagte am Montag in Berlin, die Kartoffelsorte „Amflora“ werde nicht angebaut.")]
    [InlineData("Riesenplanet", "Der neu entdeckte Planet begleitet den Stern „HD 13189“, teilte die Universität Jena mit.")]
    [InlineData("Atomstreit", "Die Ministerin Anna Muster sagte am Montag in Berlin, eine „Eins zu Eins“-Begegnung mit dem Iran sei nicht geplant.")]
    [InlineData("Thailand", "Die Ministerin Anna Muster sagte am Montag in Berlin, die „Vereinigte Front für Demokratie“ (VFD) sei gegen die Regierung.")]
    [InlineData("Prozess", "Die Ministerin Anna Muster sagte am Montag in Berlin, die Arbeit sei „summa cum laude“ bewertet worden.")]
    [InlineData("Interview", "''Muster'': Wir sind am Montag in Berlin gewesen und haben mit der Regierung gesprochen.")]
    [InlineData("Thailand", "Die Ministerin Anna Muster sagte, die Partei „Palang Prachachon“ (etwa: „Partei der Volksmacht“) sei gegen die Regierung.")]
    [InlineData("Zyklon", "Die Ministerin Anna Muster sagte, Hamish könnte schlimmer werden als Zyklon Larry, denn „Larry“ habe sich abgeschwächt.")]
    [InlineData("Hacker", "Die Ministerin Anna Muster sagte, der unter dem Spitznamen „Muslix64“ bekannte Hacker sei gefasst.")]
    [InlineData("Rente", "Die Ministerin Anna Muster sagte, es gehe um Leistungen („Hartz IV“, „Rente mit 67“) für Bedürftige.")]
    [InlineData("Walfang", "Laut der Website „nordreview.com“ ist das Schiff bald bereit, sagte die Ministerin Anna Muster.")]
    public void Names_titles_and_scare_quotes_are_no_quotes(string headline, string paragraph) =>
        Assert.Empty(Parse.Text($"{headline}\n{paragraph}\n").Quotes);

    [Fact]
    public void Hostile_unbalanced_marks_finish_and_point_right()
    {
        var paragraph = string.Concat(Enumerable.Repeat("„a \"b « ‚c ", 2000));
        var article = Parse.Text("Titel\n" + paragraph + "\n");
        Assert.All(article.Quotes, q => Assert.Equal(q.Text, article.Paragraphs[q.Paragraph].Substring(q.Start, q.Length)));
    }

    /// <summary>Cue words, names, roles and marks in random order: every rule meets phrases it was not written for.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_cue_words_and_marks_finish_and_point_right(int seed)
    {
        string[] words = ["sagte", "„das", "ist", "gut“", "er", "sie", "Der", "Minister", "Anna", "Richter", "Muster", "und", "rief", ":", "(", ")",
            "Für", "die", "Firma", "Sprecher", "des", "Unternehmens", ",", ".", "hatte", "gesagt", "so", "laut", "zufolge", "IWF-Sprecher",
            "Zyklon", "Larry", "Wie", "am", "Dienstag", "in", "Berlin", "erklärte", "Otto", "wird", "zitiert", "wie", "folgt", "said", "the", "company"];
        var random = new Random(seed);
        var paragraphs = Enumerable.Range(0, 30).Select(_ => string.Join(' ', Enumerable.Range(0, 400).Select(_ => words[random.Next(words.Length)])));
        var article = Parse.Text("Titel\n\n" + string.Join("\n\n", paragraphs) + "\n");
        Assert.All(article.Quotes, q => Assert.Equal(q.Text, article.Paragraphs[q.Paragraph].Substring(q.Start, q.Length)));
    }

    [Fact]
    public void A_paragraph_longer_than_any_news_paragraph_is_not_searched_for_quotes_and_says_so()
    {
        var huge = string.Concat(Enumerable.Repeat("„Wir kommen“, sagte Anna Muster. ", 1000));
        var result = NewsArchive.Parsing.ArticleParser.Parse(System.Text.Encoding.UTF8.GetBytes("Titel\n" + huge + "\n"), null, NewsArchive.Parsing.ParseOptions.Default);
        Assert.Empty(result.Article!.Quotes);
        Assert.Contains(result.Diagnostics, d => d.Contains("not searched for quotes", StringComparison.Ordinal));
    }
}
