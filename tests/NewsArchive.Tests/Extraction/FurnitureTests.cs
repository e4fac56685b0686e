namespace NewsArchive.Tests.Extraction;

public sealed class FurnitureTests
{
    [Fact]
    public void Furniture_lines_go_and_running_text_with_the_same_words_stays()
    {
        var article = Parse.Text("Neue Regeln für die Altstadt\nArtikel anhören\nTeilen\nDie Stadt sperrt die Altstadt für Autos. Teilen der Händlerschaft gefällt das nicht.\nAnzeige\nMehr zum Thema\nLesezeit: 3 Min.\nDer Rat stimmte mit 27 zu 21 Stimmen für die Pläne, in der Zeitung stand eine Anzeige dazu.\nDrucken\n");
        Assert.Equal(
            ["Die Stadt sperrt die Altstadt für Autos. Teilen der Händlerschaft gefällt das nicht.",
             "Der Rat stimmte mit 27 zu 21 Stimmen für die Pläne, in der Zeitung stand eine Anzeige dazu."],
            article.Paragraphs);
    }

    [Fact]
    public void A_button_label_after_the_date_is_dropped_from_the_dateline()
    {
        var article = Parse.Text("Neue Regeln\n12.02.2025, 20:12 Uhr Artikel anhören\nDie Stadt sperrt die Altstadt für Autos, wie der Rat am Mittwoch beschlossen hat.\n");
        Assert.Equal("12.02.2025, 20:12 Uhr", article.Dateline.Text);
    }

    [Fact]
    public void English_furniture_goes_too()
    {
        var article = Parse.Text("Senate passes bill\nShare\nSave\nThe Senate passed the bill on Wednesday after a long debate.\nAdvertisement\nThe House is expected to take it up next week, leaders said.\nShare full article\n");
        Assert.Equal(2, article.Paragraphs.Count);
    }
}
