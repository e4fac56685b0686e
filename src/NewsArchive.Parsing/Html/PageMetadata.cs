using NewsArchive.Parsing.Dates;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Parsing.Html;

/// <summary>A value a page states, with the evidence it came from (the spec's <c>provenance</c> names).</summary>
internal sealed record Evidence<T>(T Value, string Source);

/// <summary>
/// What an HTML page states about its article outside the body text, each value from the best
/// evidence the page has (see <see cref="HtmlReader"/> for the order). Null or empty where the page says nothing.
/// </summary>
internal sealed record PageMetadata(
    Evidence<string>? Headline,
    Evidence<string>? Kicker,
    Evidence<string>? Teaser,
    Evidence<IReadOnlyList<string>>? Authors,
    Evidence<string>? Publisher,
    Evidence<DateMention>? Published,
    Evidence<DateMention>? Modified,
    Evidence<string>? Url,
    Evidence<string>? Language,
    IReadOnlyList<ArticleImage> Images,
    IReadOnlyList<string> BylineNames);
