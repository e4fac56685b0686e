using System.Text;
using System.Text.RegularExpressions;
using NewsArchive.Evaluation;
using NewsArchive.Parsing;

namespace NewsArchive.Tests.Corpora;

/// <summary>
/// Reuters-21578 (Distribution 1.0), read in place: every article of <c>reut2-000.sgm</c> with a TITLE
/// and a DATELINE, as a reader's copy (TITLE, AUTHOR line, DATELINE + BODY), parses with its TITLE as
/// headline and the text before the date in its DATELINE as <c>dateline.location</c>.
/// </summary>
public sealed partial class ReutersCorpusTests
{
    private static readonly string File000 = Path.Combine(TestPaths.Shared, "corpora", "reuters-21578", "reut2-000.sgm");

    [Fact]
    public void Every_article_with_title_and_dateline_keeps_them()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var article in Articles())
        {
            count++;
            var parsed = ArticleParser.Parse(Encoding.UTF8.GetBytes(article.Copy), article.Id, ParseOptions.Default).Article!;
            var title = string.Join(' ', article.Title.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
            if (parsed.Headline != title) failures.Add($"{article.Id}: headline {parsed.Headline}");
            var place = PlaceBeforeDate().Match(article.Dateline);
            if (place.Success && parsed.Dateline.Location != place.Groups[1].Value)
                failures.Add($"{article.Id}: location {parsed.Dateline.Location} for {article.Dateline.Trim()}");
        }
        Assert.True(count > 900, $"only {count} articles read");
        Assert.Empty(failures);
    }

    [Fact]
    public void A_wire_byline_gives_the_author_and_the_agency()
    {
        var article = Articles().First(a => a.Copy.Contains("by Janie Gabbett, Reuters", StringComparison.Ordinal));
        var parsed = ArticleParser.Parse(Encoding.UTF8.GetBytes(article.Copy), null, ParseOptions.Default).Article!;
        Assert.Equal(["Janie Gabbett"], parsed.Byline.Authors);
        Assert.Contains("Reuters", parsed.Byline.Agencies);
        Assert.Null(parsed.Dateline.Published); // "Feb 26" has no year: none is invented
    }

    private static IEnumerable<(string Id, string Title, string Dateline, string Copy)> Articles() =>
        ReutersSgml.Read(File000).Where(a => a.Title is not null && a.Dateline is not null)
                   .Select(a => ("NEWID " + a.NewId, a.Title!, a.Dateline!, a.Copy));

    /// <summary>The text before the date: <c>PORTLAND, Ore., Feb 26 -</c> gives <c>PORTLAND, Ore.</c>.</summary>
    [GeneratedRegex(@"^\s*(.+?),?\s+[A-Za-z]+\.?\s+\d{1,2}\s*-\s*$")]
    private static partial Regex PlaceBeforeDate();
}
