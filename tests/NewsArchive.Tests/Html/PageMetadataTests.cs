using System.Text;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Tests.Html;

/// <summary>Each metadata value from the best evidence a page holds, and the evidence named in <c>provenance</c>.</summary>
public sealed class PageMetadataTests
{
    private const string Prose =
        "<p>The port authority voted on Monday to raise ferry fares by 12 percent from June, the first increase in six years.</p>"
        + "<p>Commuters on the Bayview line, who make up most riders, will pay $4.70 a ride, up from $4.20.</p>";

    private static Article Page(string head, string body = "<h1>Ferry fares to rise in June</h1>") =>
        ArticleParser.Parse(Encoding.UTF8.GetBytes($"<!DOCTYPE html><html lang=\"en\"><head>{head}</head><body>{body}{Prose}</body></html>"), null, ParseOptions.Default).Article
        ?? throw new InvalidOperationException("no article");

    private static string JsonLd(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    [Fact]
    public void Json_ld_in_a_graph_gives_authors_publisher_and_dates()
    {
        var article = Page(JsonLd("""
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","@id":"https://gazette.example/a#page","datePublished":"2020-01-01T00:00:00Z"},
              {"@type":["NewsArticle"],"headline":"Ferry fares to rise in June","datePublished":"2025-04-08T06:30:00-04:00",
               "dateModified":"2025-04-08T11:05:00-04:00","author":[{"@type":"Person","name":"Mara Quinn"},{"@id":"https://gazette.example/#/person/dev"}],
               "publisher":{"@type":"Organization","name":"The Harbor Gazette"}},
              {"@type":"Person","@id":"https://gazette.example/#/person/dev","name":"Dev Ramos"}]}
            """));

        Assert.Equal(["Mara Quinn", "Dev Ramos"], article.Byline.Authors);
        Assert.Equal("The Harbor Gazette", article.Byline.Publisher);
        Assert.Equal("2025-04-08T06:30:00-04:00", article.Dateline.Published);
        Assert.Equal("2025-04-08T11:05:00-04:00", article.Dateline.Modified);
        Assert.Equal("jsonld", article.Provenance["byline.authors"]);
        Assert.Equal("jsonld", article.Provenance["dateline.published"]);
        Assert.Equal("jsonld", article.Provenance["byline.publisher"]);
    }

    [Theory]
    [InlineData("""{"@type":"NewsArticle","author":"Mara Quinn"}""")]
    [InlineData("""{"@type":"NewsArticle","author":{"@type":"Person","name":"Mara Quinn"}}""")]
    [InlineData("""[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","author":[{"name":"Mara Quinn"}]}]""")]
    [InlineData("""{"@type":"WebPage","mainEntity":{"@type":"Article","author":["Mara Quinn"]}}""")]
    public void Json_ld_authors_come_as_string_object_list_or_main_entity(string json)
    {
        Assert.Equal(["Mara Quinn"], Page(JsonLd(json)).Byline.Authors);
    }

    [Theory]
    [InlineData("Mara Quinn, Gazette Business", "Mara Quinn")]
    [InlineData("Mara Quinn. Gazette International", "Mara Quinn")]
    [InlineData("Mara Quinn; Gazette Editor-at-large", "Mara Quinn")]
    [InlineData("Text: Mara Quinn", "Mara Quinn")]
    [InlineData("Bruce Y. Lee", "Bruce Y. Lee")]
    [InlineData("Mara Quinn and Dev Ramos", "Mara Quinn|Dev Ramos")]
    [InlineData("admin", "")]
    [InlineData("WordPress.com VIP", "")]
    public void Meta_authors_are_people_not_the_site_its_desks_or_placeholders(string credit, string expected)
    {
        var article = Page($"<meta property=\"og:site_name\" content=\"Gazette\"><meta name=\"author\" content=\"{credit}\">");

        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), article.Byline.Authors);
    }

    [Fact]
    public void Dom_bylines_are_elements_marked_as_author_not_any_link_with_a_rel()
    {
        var article = Page("", """
            <ul><li><a rel="nofollow" class="external-link" href="https://racing.example/">Horse Racing</a></li></ul>
            <h1>Ferry fares to rise in June</h1><span class="author-name"><a rel="author" href="/staff/mara-quinn">Mara Quinn</a></span>
            <a rel="nofollow" class="comments-btn" href="#comments">View Comments</a>
            """);

        Assert.Equal(["Mara Quinn"], article.Byline.Authors);
        Assert.Equal("dom", article.Provenance["byline.authors"]);
    }

    [Fact]
    public void Broken_json_ld_is_skipped_and_the_next_block_read()
    {
        var article = Page(JsonLd("""{"@type":"NewsArticle","author":""") + JsonLd("""{"@type":"NewsArticle","author":"Mara Quinn"}"""));

        Assert.Equal(["Mara Quinn"], article.Byline.Authors);
    }

    [Fact]
    public void Open_graph_alone_gives_publisher_url_and_dates_named_by_their_keys()
    {
        var article = Page("""
            <meta property="og:site_name" content="Harbor Gazette">
            <meta property="og:url" content="https://gazette.example/news/ferry-fares">
            <meta property="article:published_time" content="2025-04-08T06:30:00-04:00">
            <meta name="author" content="Mara Quinn">
            """);

        Assert.Equal("Harbor Gazette", article.Byline.Publisher);
        Assert.Equal("https://gazette.example/news/ferry-fares", article.Url);
        Assert.Equal("2025-04-08T06:30:00-04:00", article.Dateline.Published);
        Assert.Equal(["Mara Quinn"], article.Byline.Authors);
        Assert.Equal("meta:og:site_name", article.Provenance["byline.publisher"]);
        Assert.Equal("meta:og:url", article.Provenance["url"]);
        Assert.Equal("meta:article:published_time", article.Provenance["dateline.published"]);
    }

    [Fact]
    public void The_canonical_link_wins_over_og_url()
    {
        var article = Page("""<meta property="og:url" content="https://gazette.example/amp/1"><link rel="canonical" href="https://gazette.example/news/1">""");

        Assert.Equal("https://gazette.example/news/1", article.Url);
        Assert.Equal("dom", article.Provenance["url"]);
    }

    [Theory]
    [InlineData("Ferry fares to rise in June | Harbor Gazette")]
    [InlineData("Ferry fares to rise in June - Harbor Gazette")]
    [InlineData("Harbor Gazette: Ferry fares to rise in June")]
    public void The_headline_loses_the_site_name_however_it_is_joined(string title)
    {
        var article = Page($"""<title>{title}</title><meta property="og:site_name" content="Harbor Gazette">""", body: "");

        Assert.Equal("Ferry fares to rise in June", article.Headline);
    }

    [Fact]
    public void A_title_that_only_mentions_the_site_keeps_it()
    {
        var article = Page("""<title>The best ferry routes as chosen by Harbor Gazette readers: a list</title><meta property="og:site_name" content="Harbor Gazette">""", body: "");

        Assert.Equal("The best ferry routes as chosen by Harbor Gazette readers: a list", article.Headline);
    }

    [Fact]
    public void A_heading_marked_as_the_headline_wins_over_a_social_title_that_differs()
    {
        var article = Page("""<meta property="og:title" content="Ferry fares: what you need to know">""", body: """<h1 itemprop="headline">Ferry fares to rise in June</h1>""");

        Assert.Equal("Ferry fares to rise in June", article.Headline);
        Assert.Equal("dom", article.Provenance["headline"]);
    }

    [Fact]
    public void A_headline_with_a_dash_of_its_own_keeps_it()
    {
        var article = Page("""<title>Ferry fares - and parking - to rise | Harbor Gazette</title><meta property="og:site_name" content="Harbor Gazette">""", body: "");

        Assert.Equal("Ferry fares - and parking - to rise", article.Headline);
    }

    [Fact]
    public void The_byline_shown_on_the_page_gives_the_authors_when_no_metadata_does()
    {
        var article = Page("", body: "<h1>Ferry fares to rise in June</h1><div class=\"byline\">By Mara Quinn and Dev Ramos</div>");

        Assert.Equal(["Mara Quinn", "Dev Ramos"], article.Byline.Authors);
        Assert.Equal("By Mara Quinn and Dev Ramos", article.Byline.Text);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Mara Quinn", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<meta name=\"copyright\" content=\"Copyright © 2001-2025 Harbor Gazette\">", "Harbor Gazette")]
    [InlineData("<meta property=\"og:site_name\" content=\"Harbor Gazette | News, Weather, Sports\">", "Harbor Gazette")]
    [InlineData("<meta property=\"og:site_name\" content=\"Channel 7 Harbor\">", "Channel 7 Harbor")]
    [InlineData("<meta name=\"copyright\" content=\"Webdesign Example GmbH, 5430 Seehofen\"><link rel=\"canonical\" href=\"https://www.harbor-gazette.example/a/1\">", "harbor-gazette.example")]
    public void The_publisher_is_the_site_name_without_copyright_tagline_or_imprint(string head, string expected)
    {
        Assert.Equal(expected, Page(head).Byline.Publisher);
    }

    [Theory]
    [InlineData("<span class=\"author\">Por Lucía Marín</span>", "Lucía Marín")]
    [InlineData("<span class=\"author\">Veröffentlicht von Jana Beispiel</span>", "Jana Beispiel")]
    [InlineData("<span class=\"author\">von</span><span class=\"author\">Jana Beispiel</span>", "Jana Beispiel")]
    [InlineData("<span class=\"author\">Mara Quinn</span><span class=\"author-role\">Mara Quinn Contributing Writer</span>", "Mara Quinn")]
    [InlineData("<p class=\"byline\">By <a href=\"/staff/1\">Mara Quinn</a><br><span>Monday, April 7, 2025, 04:05 pm PT (07:05 pm ET) in the Harbor district of the city</span></p>", "Mara Quinn")]
    public void Dom_bylines_lose_their_opener_in_any_language_and_repeat_no_one(string byline, string expected)
    {
        var article = Page("", body: "<h1>Ferry fares to rise in June</h1>" + byline);

        Assert.Equal([expected], article.Byline.Authors);
    }

    [Fact]
    public void A_company_in_the_author_field_is_no_author()
    {
        Assert.Empty(Page("<meta name=\"author\" content=\"Webdesign Example GmbH\">").Byline.Authors);
    }
}
