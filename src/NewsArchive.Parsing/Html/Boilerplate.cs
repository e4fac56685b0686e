using AngleSharp.Dom;

namespace NewsArchive.Parsing.Html;

/// <summary>
/// Page chrome that is never article text, told by tag, ARIA role and class/id tokens, as readability's
/// "unlikely candidates" and trafilatura's cleaning lists do: navigation, headers and footers, asides,
/// forms, comments, share bars, related links, newsletter and cookie boxes, ads, bylines, captions.
/// Class and id values are split into whole tokens (on space, <c>-</c>, <c>_</c> and camelCase humps), so
/// <c>ad</c> matches <c>ad-slot</c> and <c>adSlot</c> but not <c>header</c> or <c>download</c>.
/// </summary>
internal static class Boilerplate
{
    /// <summary>Tags that hold chrome. A page that wraps everything in one of them (an ASP.NET <c>&lt;form&gt;</c>, a
    /// <c>&lt;header&gt;</c> around the lead) keeps it: see <see cref="MayHoldArticle"/>.</summary>
    private static readonly HashSet<string> Tags = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "header", "footer", "form", "menu", "dialog", "button", "select", "fieldset",
    };

    /// <summary>ARIA landmark and widget roles of chrome.</summary>
    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "complementary", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar",
        "tablist", "button", "alert", "marquee",
    };

    /// <summary>Class/id tokens of boxes that are chrome wherever they stand, however much text they hold.</summary>
    private static readonly HashSet<string> AlwaysTokens = new(StringComparer.Ordinal)
    {
        "comment", "comments", "commentlist", "disqus", "cookie", "cookies", "consent", "gdpr", "newsletter", "breadcrumb",
        "breadcrumbs", "outbrain", "taboola", "byline", "bylines", "caption", "figcaption", "dateline", "timestamp", "sr",
        "visually", "screenreader", "skip", "skiplink",
    };

    /// <summary>Class/id tokens of boxes that are chrome unless they hold most of the page's prose (a layout wrapper
    /// named <c>has-sidebar</c> or <c>page-with-social-bar</c> around the article).</summary>
    private static readonly HashSet<string> Tokens = new(StringComparer.Ordinal)
    {
        "nav", "navbar", "navigation", "menu", "submenu", "sidebar", "widget", "widgets", "aside", "masthead", "header",
        "footer", "share", "sharing", "sharebar", "social", "related", "recommended", "recommendations", "recirc", "recirculation",
        "promo", "promotion", "subscribe", "subscription", "signup", "ad", "ads", "advert", "adverts", "advertisement",
        "advertising", "adslot", "adunit", "dfp", "gpt", "sponsor", "sponsored", "popup", "modal", "overlay", "author", "authors",
        "bio", "tags", "tagline", "topics", "keywords", "pagination", "pager", "toolbar", "banner", "trending", "popular",
        "meta", "credit", "credits", "login", "supplemental", "more", "readmore", "print", "rating", "reactions",
        "follow", "newsletters", "donate", "jump", "toc", "teaser", "teasers", "outbrain", "zergnet", "lightbox", "tooltip",
        "embed", "video", "player", "date", "pubdate",
    };

    /// <summary>
    /// Whether the element is chrome by tag, role or class (see <see cref="Strong"/> for the kind no guard keeps).
    /// A <c>&lt;header&gt;</c> inside an <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c> is the article's own head
    /// (headline, lead), not the site's: its bylines and share bars go by their classes.
    /// </summary>
    public static bool IsChrome(IElement element, bool insideArticle)
    {
        if (Tags.Contains(element.LocalName) && !(insideArticle && element.LocalName == "header")) return true;
        if (element.GetAttribute("role") is { } role && Roles.Contains(role.Trim())) return true;
        // A table's rows and cells are named for their data (<c>player-2020</c>, <c>ad-spend</c>), not for chrome.
        var tablePart = element.LocalName is "tr" or "td" or "th" or "tbody" or "thead" or "tfoot";
        foreach (var token in ClassTokens.Of(element))
            if (!tablePart && Tokens.Contains(token) || AlwaysTokens.Contains(token)) return true;
        return false;
    }

    /// <summary>Chrome that stays chrome even when it holds most of the text: a long comment thread is still comments.</summary>
    public static bool Strong(IElement element)
    {
        if (element.LocalName is "nav" or "button" or "select" or "menu") return true;
        foreach (var token in ClassTokens.Of(element))
            if (AlwaysTokens.Contains(token)) return true;
        return false;
    }

    /// <summary>Class/id tokens of boxes that stand beside the article (author cards, sidebars, related stories): a
    /// <c>summary</c> or <c>excerpt</c> inside one is not the article's teaser.</summary>
    private static readonly HashSet<string> BesideTokens = new(StringComparer.Ordinal)
    {
        "author", "authors", "bio", "sidebar", "related", "recommended", "promo", "widget", "card", "teasers", "more",
    };

    /// <summary>A box beside the article: by tag (<c>aside</c>, <c>nav</c>, <c>footer</c>), as strong chrome, or by <see cref="BesideTokens"/>.</summary>
    public static bool IsBeside(IElement element)
    {
        if (element.LocalName is "aside" or "nav" or "footer" || Strong(element)) return true;
        foreach (var token in ClassTokens.Of(element))
            if (BesideTokens.Contains(token)) return true;
        return false;
    }

    /// <summary>The share of the page's prose above which a box named like chrome is taken for a layout wrapper.</summary>
    public const double MayHoldArticle = 0.5;
}
