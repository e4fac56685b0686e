using System.Text;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Tests.Html;

/// <summary>How an HTML page is told, decoded and refused: by its bytes, never by its file name.</summary>
public sealed class HtmlInputTests
{
    private const string Body =
        "<h1>Hafen erhöht die Gebühren</h1><p>Die Hafengesellschaft hat am Montag neue Gebühren für Fähren und Frachter beschlossen, die ab Juli gelten.</p>";

    private static ParseResult Run(byte[] bytes, string? path = "page.txt") => ArticleParser.Parse(bytes, path, ParseOptions.Default);

    private static Article Page(string html) => Run(Encoding.UTF8.GetBytes(html)).Article ?? throw new InvalidOperationException("no article");

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>{0}</body></html>")]
    [InlineData("\n  <!-- saved page -->\n<html lang=\"de\"><body>{0}</body></html>")]
    [InlineData("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>{0}</body></html>")]
    [InlineData("<head><title>Hafen erhöht die Gebühren – Nordkurier</title></head><body>{0}</body>")]
    public void A_page_is_html_by_its_content_whatever_its_name(string layout)
    {
        var article = Page(string.Format(System.Globalization.CultureInfo.InvariantCulture, layout, Body));

        Assert.Equal("html", article.Input.Format);
        Assert.Equal("Hafen erhöht die Gebühren", article.Headline);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Text_that_mentions_a_tag_stays_text()
    {
        var article = Page("Neue Regeln für Webseiten\nDas Element <p> beginnt einen Absatz, sagte die Dozentin am Montag in Tannhofen.\n");

        Assert.Equal("text", article.Input.Format);
        Assert.Equal("Neue Regeln für Webseiten", article.Headline);
    }

    [Fact]
    public void A_declared_single_byte_charset_decodes_the_page()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>" + Body + "</body></html>";
        var bytes = Encoding.Latin1.GetBytes(html);

        var article = Run(bytes).Article!;

        Assert.Equal("windows-1252", article.Input.Encoding);
        Assert.Equal("Hafen erhöht die Gebühren", article.Headline);
    }

    [Fact]
    public void Utf8_bytes_win_over_a_wrong_single_byte_declaration_and_say_so()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body>" + Body + "</body></html>";

        var result = Run(Encoding.UTF8.GetBytes(html));

        Assert.Equal("utf-8", result.Article!.Input.Encoding);
        Assert.Equal("Hafen erhöht die Gebühren", result.Article.Headline);
        Assert.Contains(result.Diagnostics, d => d.Contains("declares windows-1252 but its bytes are UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_bytes_in_a_declared_utf8_page_are_replaced_and_reported()
    {
        byte[] bad =
        [
            .. Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><h1>Hafen erhöht die Gebühren</h1><p>Die Hafengesellschaft hat am Mo"),
            0xFF,
            .. Encoding.UTF8.GetBytes("ntag neue Gebühren für Fähren und Frachter beschlossen, die ab Juli gelten.</p></body></html>"),
        ];

        var result = Run(bad);

        Assert.Equal("utf-8", result.Article!.Input.Encoding);
        Assert.Contains("\uFFFD", result.Article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Contains("invalid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void A_utf16_page_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<!DOCTYPE html><html><body>" + Body + "</body></html>")).ToArray();

        var article = Run(bytes).Article!;

        Assert.Equal("utf-16le", article.Input.Encoding);
        Assert.Equal("Hafen erhöht die Gebühren", article.Headline);
    }

    [Fact]
    public void Hostile_nesting_is_refused_with_its_reason()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "Text</body></html>";

        var result = Run(Encoding.UTF8.GetBytes(html));

        Assert.Null(result.Article);
        Assert.Contains("nested more than 10,000 elements deep", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!-- the rest of the page was lost")]
    [InlineData("<script>var page = 1;")]
    [InlineData("<style>p { color: red; }")]
    public void A_page_that_ends_inside_an_open_comment_or_script_is_parsed(string end)
    {
        var article = Page("<!DOCTYPE html><html><body>" + Body + end);

        Assert.Equal("Hafen erhöht die Gebühren", article.Headline);
    }

    [Fact]
    public void Deep_but_flat_markup_is_parsed()
    {
        var html = "<html><body><h1>Liste der Häfen</h1>" + string.Concat(Enumerable.Repeat("<p>Ein Hafen an der Küste, mit Fähren und Frachtern.", 20_000)) + "</body></html>";

        var article = Run(Encoding.UTF8.GetBytes(html)).Article!;

        Assert.Equal("Liste der Häfen", article.Headline);
        Assert.Equal(20_000, article.Paragraphs.Count);
    }

    [Fact]
    public void A_page_without_text_is_an_article_without_fields_not_a_crash()
    {
        var article = Page("<!DOCTYPE html><html><head><title></title></head><body><script>var x = 1;</script></body></html>");

        Assert.Equal("html", article.Input.Format);
        Assert.Empty(article.Paragraphs);
    }
}
