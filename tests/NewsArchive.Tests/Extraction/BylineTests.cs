namespace NewsArchive.Tests.Extraction;

public sealed class BylineTests
{
    private const string Body = "Die Regierung hat am Mittwoch den Haushalt für das kommende Jahr beschlossen, sagte ein Sprecher.";
    private const string EnglishBody = "The Senate passed the bill on Wednesday after a long debate over the cost of the program.";

    public static TheoryData<string, string, string[], string?, string[]> Lines() => new()
    {
        { $"Haushalt beschlossen\n{Body}\nQuelle: ntv.de, lme/dpa", "Quelle: ntv.de, lme/dpa", ["lme"], "ntv.de", ["dpa"] },
        { $"Haushalt beschlossen\nVon Anna Muster und Jan Beispiel\n{Body}", "Von Anna Muster und Jan Beispiel", ["Anna Muster", "Jan Beispiel"], null, [] },
        { $"Haushalt beschlossen\nVon Jan Beispiel, Berlin\n{Body}", "Von Jan Beispiel, Berlin", ["Jan Beispiel"], null, [] },
        { $"Senate passes bill\nBy Jane Doe and John Roe, Reuters\n{EnglishBody}", "By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"], null, ["Reuters"] },
        { $"Senate passes bill\nBy JANE DOE\n{EnglishBody}", "By JANE DOE", ["JANE DOE"], null, [] },
        { $"Senate passes bill\n{EnglishBody}\nReporting by Jane Doe in London; Editing by John Roe", "Reporting by Jane Doe in London; Editing by John Roe", ["Jane Doe"], null, [] },
        { $"Haushalt beschlossen\n{Body} (dpa)", "(dpa)", [], null, ["dpa"] },
        { $"Haushalt beschlossen\n{Body}\nQuelle: DIE ZEIT, dpa, AFP", "Quelle: DIE ZEIT, dpa, AFP", [], "DIE ZEIT", ["dpa", "AFP"] },
        { $"Senate passes bill\n{EnglishBody}\nReuter", "Reuter", [], null, ["Reuters"] },
        { $"Senate passes bill\nJane Doe in Berlin\n{EnglishBody}", "Jane Doe in Berlin", ["Jane Doe"], null, [] },
        { $"Senate passes bill\nJane Doe\nBBC News, Washington\n{EnglishBody}", "Jane Doe | BBC News, Washington", ["Jane Doe"], "BBC News", [] },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Authors_publisher_and_agencies_are_kept_apart(string text, string byline, string[] authors, string? publisher, string[] agencies)
    {
        var article = Parse.Text(text + "\n");
        Assert.Equal(byline, article.Byline.Text);
        Assert.Equal(authors, article.Byline.Authors);
        Assert.Equal(publisher, article.Byline.Publisher);
        Assert.Equal(agencies, article.Byline.Agencies);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains(byline, StringComparison.Ordinal));
    }
}
