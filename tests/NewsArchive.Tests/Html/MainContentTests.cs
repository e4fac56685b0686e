using System.Text;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Tests.Html;

/// <summary>The paragraphs a reader sees on the page shapes real news sites use, and none of the chrome around them.</summary>
public sealed class MainContentTests
{
    private const string First = "The harbour board of Lindenhaven voted on Monday to close the old ferry pier, citing cracks in the pilings, a survey by engineers and rising repair costs.";
    private const string Second = "Repairs would have cost about 2.1 million, the board said, more than twice the price of a floating landing, which can be moved, rented out and insured cheaply.";
    private const string Third = "Ferries will dock at the fish market from April, a walk of ten minutes from the old pier, until the new landing opens in the autumn, weather permitting.";
    private static readonly string[] Body = [First, Second, Third];

    private static Article Page(string body) =>
        ArticleParser.Parse(Encoding.UTF8.GetBytes($"<!DOCTYPE html><html lang=\"en\"><head><title>Old ferry pier to close</title></head><body>{body}</body></html>"), null, ParseOptions.Default).Article
        ?? throw new InvalidOperationException("no article");

    private static string Nav => "<nav><ul><li><a href=/a>Home</a></li><li><a href=/b>Local news, sport and weather</a></li><li><a href=/c>Opinion</a></li></ul></nav>";

    private static string Ps(params string[] texts) => string.Concat(texts.Select(t => $"<p>{t}</p>"));

    public static TheoryData<string, string, string[]> Shapes => new()
    {
        {
            "a share bar inside the article",
            $"{Nav}<article><h1>Old ferry pier to close</h1><div class=\"share-tools\"><a href=/fb>Share on Facebook</a> <a href=/x>Share on X</a> <button>Copy link</button></div>{Ps(First, Second, Third)}</article>",
            Body
        },
        {
            "a related-links list after the article",
            $"{Nav}<div class=\"story\"><h1>Old ferry pier to close</h1>{Ps(First, Second, Third)}<div><h3>More from the harbour</h3><ul><li><a href=/1>New cranes arrive at the container terminal</a></li><li><a href=/2>Fish market to open on Sundays</a></li><li><a href=/3>Lighthouse keeper retires after forty years</a></li></ul></div></div>",
            Body
        },
        {
            "text held in a div between line breaks",
            $"{Nav}<div class=\"content\"><h1>Old ferry pier to close</h1>{First}<br><br>{Second}<br><br>{Third}</div>",
            Body
        },
        {
            "an article split over sibling divs around an ad",
            $"{Nav}<main><h1>Old ferry pier to close</h1><div class=\"text-block\">{Ps(First, Second)}</div><div class=\"ad-slot\">Advertisement</div><div class=\"text-block\">{Ps(Third)}</div></main>",
            Body
        },
        {
            "a header that wraps the lead",
            $"<header class=\"site\"><a href=/>Lindenhaven Post</a>{Nav}</header><article><header><h1>Old ferry pier to close</h1><p>{First}</p></header>{Ps(Second, Third)}</article>",
            Body
        },
        {
            "a comment thread longer than the article",
            $"{Nav}<article><h1>Old ferry pier to close</h1>{Ps(First, Second, Third)}</article><section id=\"comments\">{string.Concat(Enumerable.Range(1, 12).Select(i => $"<div class=\"comment\"><p>Reader {i} writes: the pier has been crumbling for years, and nobody on the board, as far as I can tell, ever cared until now.</p></div>"))}</section>",
            Body
        },
        {
            "teaser cards with one line of prose each beside the article",
            $"{Nav}<div class=\"layout\"><div class=\"main\"><h1>Old ferry pier to close</h1>{Ps(First, Second, Third)}</div><div class=\"more-stories\">{string.Concat(Enumerable.Range(1, 8).Select(i => $"<div class=\"card\"><h3><a href=/s{i}>Story {i} about the harbour</a></h3><p>Short summary {i} of a different story, with a comma, about boats.</p></div>"))}</div></div>",
            Body
        },
        {
            "a paywall box that wraps the rest of the article",
            $"{Nav}<article><h1>Old ferry pier to close</h1>{Ps(First)}<div class=\"paywall\">{Ps(Second, Third)}</div></article>",
            Body
        },
        {
            "an article in sections a few levels apart, with a figure between them",
            $"{Nav}<div class=\"post\"><h1>Old ferry pier to close</h1><section class=\"outer\"><div class=\"col\"><div class=\"rich\">{Ps(First, Second)}</div></div></section><figure><img src=\"/pier.jpg\"><figcaption>The old pier at low tide.</figcaption></figure><section class=\"outer\"><div class=\"col\"><div class=\"rich\">{Ps(Third, Second.Replace("Repairs", "Works", StringComparison.Ordinal))}</div></div></section></div>",
            [First, Second, Third, Second.Replace("Repairs", "Works", StringComparison.Ordinal)]
        },
        {
            "a table of results, one line per row",
            $"{Nav}<article><h1>Old ferry pier to close</h1>{Ps(First, Second)}<table><tr><td>1</td><td>Jana Beispiel</td><td>5040</td></tr><tr class=\"player-12\"><td>2</td><td>Tomas Muster</td><td>5035</td></tr></table>{Ps(Third)}</article>",
            [First, Second, "1 Jana Beispiel 5040", "2 Tomas Muster 5035", Third]
        },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_body_is_the_article_text_in_reading_order(string shape, string body, string[] expected)
    {
        var article = Page(body);

        Assert.True(expected.SequenceEqual(article.Paragraphs), $"{shape}: got [{string.Join(" | ", article.Paragraphs)}]");
    }

    [Fact]
    public void A_figure_gives_a_picture_with_caption_and_credit_and_no_paragraph()
    {
        var article = Page($"<article><h1>Old ferry pier to close</h1>{Ps(First)}<figure><img src=\"/pier.jpg\"><figcaption>The old pier at low tide. <span class=\"credit\">Photo: Ilse Nordmann</span></figcaption></figure>{Ps(Second, Third)}</article>");

        Assert.Equal(Body, article.Paragraphs);
        var image = Assert.Single(article.Images);
        Assert.Equal("/pier.jpg", image.Url);
        Assert.Equal("Ilse Nordmann", image.Credit);
        Assert.Equal("The old pier at low tide.", image.Caption);
    }

    [Fact]
    public void The_lead_picture_beside_the_body_in_the_article_is_taken_and_teaser_card_pictures_are_not()
    {
        var article = Page($"<article><header><h1>Old ferry pier to close</h1></header><figure class=\"lead\"><img src=\"/pier.jpg\"><figcaption>The old pier at low tide.</figcaption></figure>"
            + $"<div class=\"story-body\">{Ps(First, Second, Third)}</div>"
            + "<a href=\"/market\"><figure><img src=\"/market.jpg\"><figcaption>The fish market.</figcaption></figure>Fish market gets a new roof</a></article>"
            + "<div class=\"more-stories\"><figure><img src=\"/school.jpg\"><figcaption>A school.</figcaption></figure></div>");

        Assert.Equal(Body, article.Paragraphs);
        Assert.Equal(["/pier.jpg"], article.Images.Select(i => i.Url));
    }

    [Fact]
    public void An_author_card_after_the_article_gives_no_teaser()
    {
        var article = Page($"<article><h1>Old ferry pier to close</h1>{Ps(First, Second, Third)}</article><div class=\"author-card\"><h3>Ilse Nordmann</h3><div class=\"author-excerpt\"><p>Ilse Nordmann is the harbour reporter of the Lindenhaven Post and has covered ferries since 2014.</p></div></div>");

        Assert.Null(article.Teaser);
        Assert.Equal(Body, article.Paragraphs);
    }

    [Fact]
    public void Markup_thousands_deep_is_read_without_recursion()
    {
        var depth = 5_000;
        var article = Page(string.Concat(Enumerable.Repeat("<div>", depth)) + Ps(First, Second, Third) + string.Concat(Enumerable.Repeat("</div>", depth)));

        Assert.Equal(Body, article.Paragraphs);
    }
}
