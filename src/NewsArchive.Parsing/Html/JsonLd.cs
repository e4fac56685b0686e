using System.Text.Json;
using AngleSharp.Dom;

namespace NewsArchive.Parsing.Html;

/// <summary>The article a page describes in JSON-LD (<c>NewsArticle</c> and its relatives), as strings the page gives.</summary>
internal sealed record JsonLdArticle(
    string? Headline,
    string? Description,
    IReadOnlyList<string> Authors,
    string? Publisher,
    string? DatePublished,
    string? DateModified,
    string? Url,
    string? Section);

/// <summary>
/// Reads <c>&lt;script type="application/ld+json"&gt;</c> blocks: a single object, an array, or a
/// <c>@graph</c>; the first object whose <c>@type</c> is an article type wins. <c>author</c> may be a
/// string, an object with <c>name</c>, or a list of either; <c>publisher</c> a string or an object.
/// Broken JSON in one block is skipped, the other blocks are still read.
/// </summary>
internal static class JsonLd
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle",
        "TechArticle", "SocialMediaPosting", "DiscussionForumPosting", "SatiricalArticle", "AdvertiserContentArticle",
    };

    /// <summary>Types of the page object itself: its dates are the page's, weaker evidence than an article's.</summary>
    private static readonly HashSet<string> WebPageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "WebPage", "ItemPage", "AboutPage", "CollectionPage", "ProfilePage", "QAPage", "FAQPage", "MedicalWebPage", "ContactPage",
    };

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static JsonLdArticle? Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!script.GetAttribute("type")!.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent.Trim().TrimEnd(';'), Options);
                if (FindArticle(json.RootElement, 0) is { } article) return Read(article, NamedNodes(json.RootElement));
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD block is not the article's fault: the other evidence still counts.
            }
        }
        return null;
    }

    /// <summary>
    /// The <c>datePublished</c> and <c>dateModified</c> of the first <c>WebPage</c> object (alone, in a list or in a
    /// <c>@graph</c>) that states one: what WordPress SEO plugins write when they describe no article.
    /// </summary>
    public static (string? Published, string? Modified) WebPageDates(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!script.GetAttribute("type")!.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent.Trim().TrimEnd(';'), Options);
                if (FindTyped(json.RootElement, WebPageTypes, 0) is { } page && (Text(page, "datePublished") ?? Text(page, "dateCreated")) is var published
                    && Text(page, "dateModified") is var modified && (published ?? modified) is not null)
                    return (published, modified);
            }
            catch (JsonException)
            {
                // As in Read: one broken block does not hide the others.
            }
        }
        return (null, null);
    }

    private static JsonElement? FindTyped(JsonElement element, HashSet<string> types, int depth)
    {
        if (depth > 8) return null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (FindTyped(item, types, depth + 1) is { } found) return found;
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (IsType(element, types) && (element.TryGetProperty("datePublished", out _) || element.TryGetProperty("dateModified", out _))) return element;
        return element.TryGetProperty("@graph", out var graph) ? FindTyped(graph, types, depth + 1) : null;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 8) return null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (FindArticle(item, depth + 1) is { } found) return found;
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (IsArticleType(element)) return element;
        if (element.TryGetProperty("@graph", out var graph)) return FindArticle(graph, depth + 1);
        if (element.TryGetProperty("mainEntity", out var main)) return FindArticle(main, depth + 1);
        return null;
    }

    private static bool IsArticleType(JsonElement element) => IsType(element, ArticleTypes);

    private static bool IsType(JsonElement element, HashSet<string> types)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        return type.ValueKind switch
        {
            JsonValueKind.String => types.Contains(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && types.Contains(t.GetString()!)),
            _ => false,
        };
    }

    private static JsonLdArticle Read(JsonElement a, Dictionary<string, string> named) => new(
        Headline: Text(a, "headline") ?? Text(a, "name"),
        Description: Text(a, "description"),
        Authors: Names(a, "author", named),
        Publisher: Names(a, "publisher", named).FirstOrDefault(),
        DatePublished: Text(a, "datePublished") ?? Text(a, "dateCreated"),
        DateModified: Text(a, "dateModified"),
        Url: Text(a, "url") ?? Url(a),
        Section: Text(a, "articleSection"));

    private static string? Url(JsonElement a) =>
        a.TryGetProperty("mainEntityOfPage", out var page) ? page.ValueKind == JsonValueKind.String ? page.GetString() : Text(page, "@id") : null;

    /// <summary>A property's text: a string, or the first string of a list.</summary>
    private static string? Text(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array) v = v.EnumerateArray().FirstOrDefault(x => x.ValueKind == JsonValueKind.String);
        return v.ValueKind == JsonValueKind.String && v.GetString() is { } s && !string.IsNullOrWhiteSpace(s) ? s : null;
    }

    /// <summary>
    /// The names of a person or organisation property: a string, an object with a name, a reference
    /// (<c>{"@id": "…"}</c>) to a named node elsewhere in the block, or a list of these.
    /// </summary>
    private static List<string> Names(JsonElement e, string name, Dictionary<string, string> named)
    {
        var names = new List<string>();
        if (e.TryGetProperty(name, out var v)) Collect(v, names, named);
        return names;
    }

    private static void Collect(JsonElement v, List<string> names, Dictionary<string, string> named)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(v.GetString()):
                names.Add(v.GetString()!);
                break;
            case JsonValueKind.Object when Text(v, "name") is { } n:
                names.Add(n);
                break;
            case JsonValueKind.Object when Text(v, "@id") is { } id && named.TryGetValue(id, out var referred):
                names.Add(referred);
                break;
            case JsonValueKind.Array:
                foreach (var item in v.EnumerateArray()) Collect(item, names, named);
                break;
        }
    }

    /// <summary>The name of every node with an <c>@id</c> at the top of a block, in a list or in its <c>@graph</c>.</summary>
    private static Dictionary<string, string> NamedNodes(JsonElement root)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<(JsonElement Element, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (e, depth) = pending.Pop();
            if (depth > 8) continue;
            if (e.ValueKind == JsonValueKind.Array)
                foreach (var item in e.EnumerateArray()) pending.Push((item, depth + 1));
            if (e.ValueKind != JsonValueKind.Object) continue;
            if (Text(e, "@id") is { } id && Text(e, "name") is { } name) named.TryAdd(id, name);
            if (e.TryGetProperty("@graph", out var graph)) pending.Push((graph, depth + 1));
        }
        return named;
    }
}
