using System.Text;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Tests.Html;

/// <summary>
/// An HTML page's publication and modification dates, as a user sees them in <c>dateline</c> and
/// <c>provenance</c>: one row per shape real pages take. All sites and people are fictional.
/// </summary>
public sealed class PageDatesTests
{
    private const string EnglishProse =
        "<p>The port authority voted on Monday to raise ferry fares by 12 percent from June, the first increase in six years.</p>"
        + "<p>Commuters on the Bayview line, who make up most riders, will pay $4.70 a ride, up from $4.20.</p>";

    private const string GermanProse =
        "<p>Der Gemeinderat von Tannhofen hat am Dienstagabend beschlossen, die Fährpreise ab Juni um zwölf Prozent zu erhöhen.</p>"
        + "<p>Pendler auf der Linie nach Seewinkel, die den größten Teil der Fahrgäste stellen, zahlen dann 4,70 Euro für eine Fahrt.</p>";

    private static Article Page(string head, string body, string lang = "en", string? prose = null) =>
        ArticleParser.Parse(Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html><html lang=\"{lang}\"><head>{head}</head><body>{body}{prose ?? (lang.StartsWith("de", StringComparison.Ordinal) ? GermanProse : EnglishProse)}</body></html>"),
            null, ParseOptions.Default).Article ?? throw new InvalidOperationException("no article");

    private static string Canonical(string url) => $"<link rel=\"canonical\" href=\"{url}\">";

    private static string Meta(string attribute, string key, string value) => $"<meta {attribute}=\"{key}\" content=\"{value}\">";

    private const string Headline = "<h1>Ferry fares to rise in June</h1>";
    private const string GermanHeadline = "<h1>Fährpreise steigen im Juni</h1>";

    public static TheoryData<string, string, string, string> MetaKeys => new()
    {
        // attribute, key, content, expected published
        { "property", "article:published_time", "2025-04-08T06:30:00-04:00", "2025-04-08T06:30:00-04:00" },
        { "property", "og:published_time", "2025-04-08T06:30:00-04:00", "2025-04-08T06:30:00-04:00" },
        { "itemprop", "datePublished", "2025-04-08T06:30:00-04:00", "2025-04-08T06:30:00-04:00" },
        { "name", "parsely-pub-date", "2025-04-08T10:30:00-04:00", "2025-04-08T10:30:00-04:00" },
        { "name", "DC.date.issued", "2025-04-08", "2025-04-08" },
        { "name", "sailthru.date", "2025-04-08 06:30:00 -0400", "2025-04-08T06:30:00-04:00" },
    };

    [Theory]
    [MemberData(nameof(MetaKeys))]
    public void An_article_meta_key_gives_the_publication_named_by_its_key(string attribute, string key, string content, string expected)
    {
        var article = Page(Meta(attribute, key, content), Headline);

        Assert.Equal(expected, article.Dateline.Published);
        Assert.Equal("meta:" + key.ToLowerInvariant(), article.Provenance["dateline.published"]);
    }

    [Fact]
    public void Json_ld_in_a_graph_outranks_meta_tags()
    {
        var article = Page(
            Meta("property", "article:published_time", "2025-04-07T09:00:00-04:00")
            + """<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Harbor Gazette"},{"@type":"NewsArticle","datePublished":"2025-04-08T06:30:00-04:00","dateModified":"2025-04-08T11:05:00-04:00"}]}</script>""",
            Headline);

        Assert.Equal("2025-04-08T06:30:00-04:00", article.Dateline.Published);
        Assert.Equal("2025-04-08T11:05:00-04:00", article.Dateline.Modified);
        Assert.Equal("jsonld", article.Provenance["dateline.published"]);
        Assert.Equal("jsonld", article.Provenance["dateline.modified"]);
    }

    [Fact]
    public void An_itemprop_in_the_page_body_is_a_marked_date()
    {
        var article = Page("", Headline + """<p>By Mara Quinn · <span itemprop="datePublished" content="2025-04-08T06:30:00-04:00">April 8</span></p>""");

        Assert.Equal("2025-04-08T06:30:00-04:00", article.Dateline.Published);
        Assert.Equal("dom", article.Provenance["dateline.published"]);
    }

    [Fact]
    public void A_labelled_date_under_the_headline_is_read_from_the_text()
    {
        var article = Page("", GermanHeadline + "<div class=\"info\">Veröffentlicht am 16.10.2019</div>", "de");

        Assert.Equal("2019-10-16", article.Dateline.Published);
        Assert.Equal("text", article.Provenance["dateline.published"]);
    }

    [Fact]
    public void A_stand_line_with_a_time_is_placed_in_the_site_zone_by_its_country_domain()
    {
        var article = Page(Canonical("https://www.tannhofener-bote.at/lokales/faehrpreise"), GermanHeadline + "<p><span>Stand:</span> <span>16.10.2019, 14:05 Uhr</span></p>", "de");

        Assert.Equal("2019-10-16T14:05:00+02:00", article.Dateline.Published);
        Assert.Equal("text", article.Provenance["dateline.published"]);
        Assert.Equal("outlet", article.Provenance["dateline.offset"]);
    }

    [Theory]
    [InlineData("https://harbor-gazette.example/news/2025/04/08/ferry-fares-to-rise/")]
    [InlineData("https://harbor-gazette.example/news/2025/apr/08/ferry-fares-to-rise")]
    [InlineData("https://harbor-gazette.example/news/ferry-fares-20250408.html")]
    [InlineData("https://harbor-gazette.example/news/08-04-2025-ferry-fares-to-rise")]
    public void The_day_in_the_canonical_url_is_evidence_when_nothing_better_is_there(string url)
    {
        var article = Page(Canonical(url), Headline);

        Assert.Equal("2025-04-08", article.Dateline.Published);
        Assert.Equal("url", article.Provenance["dateline.published"]);
    }

    [Fact]
    public void A_meta_date_on_another_day_than_the_url_yields_to_the_evidence_that_agrees_with_the_url()
    {
        // The CMS writes the render time into article:published_time; the shown date agrees with the URL.
        var article = Page(
            Canonical("https://harbor-gazette.example/2025/04/08/ferry-fares/") + Meta("property", "article:published_time", "2025-06-30T02:00:00-04:00"),
            Headline + "<p class=\"byline\">By Mara Quinn</p><p class=\"date\">April 8, 2025 6:30 a.m. EDT</p>");

        Assert.Equal("2025-04-08T06:30:00-04:00", article.Dateline.Published);
        Assert.Equal("text", article.Provenance["dateline.published"]);
    }

    [Fact]
    public void A_generic_date_meta_holding_the_render_time_yields_to_the_shown_date()
    {
        var article = Page(Meta("name", "date", "2025-06-30T02:00:00+02:00"), GermanHeadline + "<p class=\"meta\">12.02.2025</p>", "de");

        Assert.Equal("2025-02-12", article.Dateline.Published);
        Assert.Equal("text", article.Provenance["dateline.published"]);
    }

    [Fact]
    public void A_generic_date_meta_is_taken_when_the_page_has_nothing_better()
    {
        var article = Page(Meta("name", "date", "2025-02-12T08:15:00+01:00"), GermanHeadline, "de");

        Assert.Equal("2025-02-12T08:15:00+01:00", article.Dateline.Published);
        Assert.Equal("meta:date", article.Provenance["dateline.published"]);
    }

    [Fact]
    public void A_comment_date_below_the_article_does_not_win_over_the_header_date()
    {
        var comments = "<section class=\"comments\"><h3>2 Kommentare</h3><p class=\"comment-date\">20.02.2025, 09:12</p><p>Endlich!</p></section>";
        var article = Page("", GermanHeadline + "<p class=\"date\">12.02.2025</p>", "de", GermanProse + GermanProse + comments);

        Assert.Equal("2025-02-12", article.Dateline.Published);
    }

    [Fact]
    public void A_page_that_states_only_a_modification_has_no_publication_date()
    {
        var article = Page(Meta("property", "article:modified_time", "2025-04-09T10:00:00-04:00"), Headline);

        Assert.Null(article.Dateline.Published);
        Assert.Equal("2025-04-09T10:00:00-04:00", article.Dateline.Modified);
        Assert.Equal("meta:article:modified_time", article.Provenance["dateline.modified"]);
        Assert.False(article.Provenance.ContainsKey("dateline.published"));
    }

    [Fact]
    public void An_update_label_makes_the_shown_date_a_modification()
    {
        var article = Page("", GermanHeadline + "<p class=\"date\">Veröffentlicht am 12.02.2025, aktualisiert am 13.02.2025</p>", "de");

        Assert.Equal("2025-02-12", article.Dateline.Published);
        Assert.Equal("2025-02-13", article.Dateline.Modified);
    }

    [Fact]
    public void A_time_without_zone_takes_the_site_zone_with_daylight_saving()
    {
        var article = Page(Canonical("https://www.tannhofener-bote.de/lokales/faehrpreise") + Meta("property", "article:published_time", "2025-07-01T20:12:00"), GermanHeadline, "de");

        Assert.Equal("2025-07-01T20:12:00+02:00", article.Dateline.Published);
        Assert.Equal("outlet", article.Provenance["dateline.offset"]);
    }

    [Fact]
    public void A_utc_instant_is_written_on_the_day_the_site_readers_see()
    {
        var article = Page(Canonical("https://www.gazzetta-del-porto.it/cronaca/traghetti") + Meta("property", "article:published_time", "2023-11-01T23:30:00Z"), Headline);

        Assert.Equal("2023-11-02T00:30:00+01:00", article.Dateline.Published);
        Assert.Equal("outlet", article.Provenance["dateline.offset"]);
    }

    [Fact]
    public void A_utc_instant_with_no_known_site_zone_stays_at_utc()
    {
        var article = Page(Canonical("https://harbor-gazette.example/ferry") + Meta("property", "article:published_time", "2023-11-01T23:30:00Z"), Headline);

        Assert.Equal("2023-11-01T23:30:00+00:00", article.Dateline.Published);
    }

    [Theory]
    [InlineData("en-GB", "2020-10-02")]
    [InlineData("en-US", "2020-02-10")]
    public void A_slashed_date_is_read_in_the_order_of_the_page_locale(string lang, string expected)
    {
        var article = Page("", Headline + "<span class=\"time\">02/10/2020</span>", lang);

        Assert.Equal(expected, article.Dateline.Published);
    }

    [Fact]
    public void An_ambiguous_slashed_date_on_a_page_without_locale_is_no_date()
    {
        var article = Page("", Headline + "<span class=\"time\">02/10/2020</span>", "en");

        Assert.Null(article.Dateline.Published);
    }

    [Fact]
    public void A_date_in_the_author_line_of_a_post_is_its_publication()
    {
        var article = Page("", GermanHeadline + "<p class=\"author\"><a href=\"#p1\">Beitrag</a><span>von <strong><a href=\"/u/5\">kiel77</a></strong> » </span>21.01.2009, 05:42 </p>", "de");

        Assert.Equal("2009-01-21T05:42:00+01:00", article.Dateline.Published);
    }

    [Fact]
    public void A_forum_clock_at_render_time_is_not_the_post_date()
    {
        var article = Page("", "<p>Aktuelle Zeit: 14.10.2020, 12:18</p>" + GermanHeadline + "<p class=\"author\">Beitrag von kiel77 » 21.01.2009, 05:42</p>", "de");

        Assert.Equal("2009-01-21T05:42:00+01:00", article.Dateline.Published);
    }

    [Fact]
    public void On_a_page_without_h1_the_heading_that_holds_the_headline_anchors_the_shown_dates()
    {
        var body = "<h2>Weitere Meldungen</h2><p class=\"date\">03.01.2024</p>" + string.Concat(Enumerable.Repeat("<p>Menü</p>", 40))
                   + "<em>01.11.2023 11:35</em><h4>Fährpreise steigen im Juni</h4>";
        var article = Page("<title>Fährpreise steigen im Juni</title>", body, "de");

        Assert.Equal("2023-11-01T11:35:00+01:00", article.Dateline.Published);
    }

    [Fact]
    public void A_url_with_a_month_but_no_day_states_no_date()
    {
        Assert.Null(Page(Canonical("https://harbor-gazette.example/2025/04/ferry-fares"), Headline).Dateline.Published);
    }

    [Fact]
    public void A_shown_date_without_a_year_is_no_date()
    {
        var article = Page("", Headline + "<p class=\"date\">April 8, 6:30 a.m.</p>");

        Assert.Null(article.Dateline.Published);
    }
}
