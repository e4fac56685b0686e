namespace NewsArchive.Tests.Extraction;

public sealed class ImageTests
{
    private const string Body = "Die Regierung hat am Mittwoch den Haushalt für das kommende Jahr beschlossen, sagte ein Sprecher.";

    public static TheoryData<string, string?, string> Layouts() => new()
    {
        { "Der Kanzler im Bundestag.\n(Foto: picture alliance / ZUMAPRESS.com)", "Der Kanzler im Bundestag.", "picture alliance / ZUMAPRESS.com" },
        { "Der Kanzler im Bundestag.\nFoto: dpa", "Der Kanzler im Bundestag.", "dpa" },
        { "Der Kanzler im Bundestag. (Foto: dpa)", "Der Kanzler im Bundestag.", "dpa" },
        { "Der Kanzler im Bundestag.\nBild: Michael Kappeler / dpa", "Der Kanzler im Bundestag.", "Michael Kappeler / dpa" },
        { "The senator at the hearing.\nPhoto: Jane Doe / AFP", "The senator at the hearing.", "Jane Doe / AFP" },
        { "The senator at the hearing.\n(Image credit: Getty Images)", "The senator at the hearing.", "Getty Images" },
        { "The senator at the hearing on Tuesday. Photograph: Jane Doe/Reuters", "The senator at the hearing on Tuesday.", "Jane Doe/Reuters" },
        { "The senator at the hearing in Washington. (AP Photo/Jane Doe)", "The senator at the hearing in Washington.", "AP Photo/Jane Doe" },
        { "Image source, Getty Images\nImage caption, The senator at the hearing", "The senator at the hearing", "Getty Images" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_caption_and_its_credit_make_an_image(string lines, string? caption, string credit)
    {
        var article = Parse.Text($"Haushalt beschlossen\n{lines}\n{Body}\n{Body}\n");
        var image = Assert.Single(article.Images);
        Assert.Equal(caption, image.Caption);
        Assert.Equal(credit, image.Credit);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains(credit, StringComparison.Ordinal));
    }
}
