namespace NewsArchive.Parsing.Model;

/// <summary>One parsed news article: the contract of <c>shared/spec/article-json.md</c>, schema version 1.</summary>
public sealed record Article(
    int SchemaVersion,
    string Id,
    string? Kicker,
    string? Headline,
    string? Teaser,
    string? Language,
    Dateline Dateline,
    Byline Byline,
    IReadOnlyList<ArticleImage> Images,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<Quote> Quotes,
    int WordCount,
    string? Url,
    IReadOnlyDictionary<string, string> Provenance,
    InputInfo Input);

/// <summary>Where the article came from: <c>path</c> is null for stdin.</summary>
public sealed record InputInfo(string? Path, string Format, string Encoding, string Sha256);
