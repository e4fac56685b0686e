using NewsArchive.Parsing.Dates;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Languages;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Parsing.Extraction;

/// <summary>
/// The article as the pipeline builds it: each extractor claims blocks of the document and fills
/// its fields; <see cref="ArticleParser"/> turns it into the immutable <see cref="Article"/> at the end.
/// </summary>
internal sealed class ExtractionContext(SourceDocument document, ParseOptions options)
{
    public SourceDocument Document { get; } = document;

    public ParseOptions Options { get; } = options;

    /// <summary>The detected language's table, or English rules when the language is unknown.</summary>
    public LanguageTable Language { get; set; } = LanguageTables.All[^1];

    public string? LanguageCode { get; set; }

    public string? Kicker { get; set; }
    public string? Headline { get; set; }
    public string? Teaser { get; set; }

    public string? DatelineText { get; set; }
    public string? WireDateline { get; set; }
    public string? WireLocation { get; set; }
    public DateMention? Published { get; set; }
    public DateMention? Modified { get; set; }

    public List<string> BylineLines { get; } = [];
    public List<string> Authors { get; } = [];
    public string? Publisher { get; set; }
    public List<string> Agencies { get; } = [];

    /// <summary>The article's canonical address, where an HTML page states one.</summary>
    public string? Url { get; set; }

    /// <summary>The outlet's home zone, when the copy names a known outlet.</summary>
    public string? OutletZone { get; set; }

    public List<ArticleImage> Images { get; } = [];
    public List<string> Paragraphs { get; } = [];
    public List<Quote> Quotes { get; } = [];

    /// <summary>Field path to the evidence its value came from (the spec's <c>provenance</c>).</summary>
    public SortedDictionary<string, string> Provenance { get; } = new(StringComparer.Ordinal);

    /// <summary>Why fields stayed empty or what was repaired: for the log, never an error.</summary>
    public List<string> Diagnostics { get; } = [];

    public void AddAgency(string shortName)
    {
        if (!Agencies.Contains(shortName)) Agencies.Add(shortName);
    }

    /// <summary>Adds a name once: again, in other case, or with a role after it (<c>Jana Roe Contributing Writer</c>) it is the same author.</summary>
    public void AddAuthor(string name)
    {
        if (!Authors.Any(a => name.Equals(a, StringComparison.OrdinalIgnoreCase) || name.StartsWith(a + " ", StringComparison.OrdinalIgnoreCase))) Authors.Add(name);
    }

    /// <summary>The blocks that are not page furniture, in reading order: what layouts are read from.</summary>
    public List<Block> ContentBlocks() => [.. Document.Blocks.Where(b => b.Kind != BlockKind.Furniture)];
}
