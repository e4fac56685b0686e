using AngleSharp.Dom;

namespace NewsArchive.Parsing.Html;

/// <summary>The article's canonical address: <c>&lt;link rel=canonical&gt;</c>, then <c>og:url</c>, then JSON-LD <c>url</c>; absolute http(s) only.</summary>
internal static class PageUrl
{
    public static Evidence<string>? Find(IDocument document, MetaTags meta, JsonLdArticle? jsonLd)
    {
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
            if (link.GetAttribute("rel")!.Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase) && Absolute(link.GetAttribute("href")) is { } c)
                return new(c, "dom");
        if (Absolute(meta.First(["og:url"])?.Value) is { } og) return new(og, "meta:og:url");
        if (Absolute(jsonLd?.Url) is { } ld) return new(ld, "jsonld");
        return null;
    }

    public static string? Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host : null;

    private static string? Absolute(string? href) =>
        href is not null && Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
}
