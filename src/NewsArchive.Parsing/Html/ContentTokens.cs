using AngleSharp.Dom;

namespace NewsArchive.Parsing.Html;

/// <summary>
/// Class/id words that name the article's text (readability's "positive" list), and those that name
/// something beside it (its "negative" list, less what <see cref="Boilerplate"/> removes outright).
/// Used as a weight of ±25 on a container's score, never as a verdict on their own.
/// </summary>
internal static class ContentTokens
{
    private static readonly HashSet<string> Positive = new(StringComparer.Ordinal)
    {
        "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story", "prose", "richtext",
        "artikel", "paragraph", "paragraphs", "copy", "articlebody", "postbody", "entrytext",
    };

    private static readonly HashSet<string> Negative = new(StringComparer.Ordinal)
    {
        "hidden", "banner", "combx", "com", "contact", "foot", "footnote", "gallery", "masthead", "media", "outbrain", "promo",
        "related", "scroll", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "card", "cards",
        "list", "listing", "feed", "rail", "teaser", "teasers", "thumb", "thumbnail",
    };

    /// <summary>+25 for a word of the article's text, -25 for one beside it (both may apply).</summary>
    public static int Weight(IElement e)
    {
        bool positive = false, negative = false;
        foreach (var token in ClassTokens.Of(e))
        {
            positive |= Positive.Contains(token);
            negative |= Negative.Contains(token);
        }
        return (positive ? 25 : 0) - (negative ? 25 : 0);
    }
}
