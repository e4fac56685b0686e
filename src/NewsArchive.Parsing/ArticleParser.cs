using NewsArchive.Parsing.Dates;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Extraction;
using NewsArchive.Parsing.Html;
using NewsArchive.Parsing.Input;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Parsing;

/// <summary>
/// Bytes in, article out. A reader turns the input into a <see cref="SourceDocument"/>; one fixed,
/// ordered list of extractors fills the article from it, each claiming the blocks it recognises;
/// what is left is the body. Does no I/O: callers read files.
/// </summary>
public static class ArticleParser
{
    private static readonly IExtractor[] Pipeline =
    [
        new FurnitureRemover(),
        new LanguageDetector(),
        new PageMetadataExtractor(),
        new DatelineExtractor(),
        new HeadlineExtractor(),
        new ImageExtractor(),
        new BylineExtractor(),
        new PageAuthorsExtractor(),
        new WireDatelineExtractor(),
        new TeaserExtractor(),
        new ParagraphCollector(),
        new QuoteExtractor(),
    ];

    public static ParseResult Parse(ReadOnlySpan<byte> bytes, string? path, ParseOptions options)
    {
        if (bytes.Length == 0) return ParseResult.Failed("the file is empty");
        if (InputSniffer.BinaryReason(bytes) is { } binary) return ParseResult.Failed(binary);

        var diagnostics = new List<string>();
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Repair is not null) diagnostics.Add(decoded.Repair);
        var isHtml = InputSniffer.IsHtml(decoded.Text);
        if (isHtml) decoded = HtmlDecoder.Decode(bytes, decoded, diagnostics);
        var text = TextNormalizer.Normalize(decoded.Text);
        if (string.IsNullOrWhiteSpace(text)) return ParseResult.Failed("the file holds only whitespace");
        if (!isHtml && InputSniffer.TextReason(text) is { } notText) return ParseResult.Failed(notText);
        if (isHtml && NestingGuard.Depth(text) > NestingGuard.MaxDepth)
            return ParseResult.Failed($"HTML nested more than {NestingGuard.MaxDepth:N0} elements deep: refused, as no news page is and parsing it would take minutes");

        var document = isHtml ? HtmlReader.Read(text) : PlainTextReader.Read(text);
        var input = new InputInfo(path, document.Format, decoded.Encoding, ArticleIdentity.Sha256Of(bytes));
        var context = new ExtractionContext(document, options);
        context.Diagnostics.AddRange(diagnostics);
        foreach (var extractor in Pipeline) extractor.Extract(context);
        return new ParseResult(Build(context, ArticleIdentity.IdOf(text), input), null, context.Diagnostics);
    }

    private static Article Build(ExtractionContext c, string id, InputInfo input)
    {
        var languageZone = c.Language.Code == c.LanguageCode ? c.Language.HomeZone : null;
        var (published, offsetSource) = c.Published is { } p
            ? DateFormatter.Format(p, c.Options.TimeZone, c.OutletZone, languageZone, c.Options.ReferenceDate)
            : (null, null);
        var modified = c.Modified is { } m
            ? DateFormatter.Format(m, c.Options.TimeZone, c.OutletZone, languageZone, c.Options.ReferenceDate).Value
            : null;
        if (published is null) c.Provenance.Remove("dateline.published");
        if (modified is null) c.Provenance.Remove("dateline.modified");
        if (offsetSource is not null) c.Provenance["dateline.offset"] = offsetSource;
        if (c.Images.Count > 0) c.Provenance.TryAdd("images", "text");
        if (c.BylineLines.Count > 0) c.Provenance.TryAdd("byline.text", "text");
        if (c.Authors.Count > 0) c.Provenance.TryAdd("byline.authors", "text");
        if (c.Publisher is not null) c.Provenance.TryAdd("byline.publisher", "text");
        if (c.Agencies.Count > 0) c.Provenance.TryAdd("byline.agencies", "text");
        if (c.LanguageCode is not null) c.Provenance.TryAdd("language", "text");
        if (c.Published is not null && published is null) c.Diagnostics.Add("dateline: the date states no year; pass --reference-date to place it");

        return new Article(
            SchemaVersion: 1,
            Id: id,
            Kicker: c.Kicker,
            Headline: c.Headline,
            Teaser: c.Teaser,
            Language: c.LanguageCode,
            Dateline: new Dateline(c.DatelineText, c.WireDateline, c.WireLocation, published, modified),
            Byline: new Byline(c.BylineLines.Count > 0 ? string.Join(" | ", c.BylineLines) : null, [.. c.Authors], c.Publisher, [.. c.Agencies]),
            Images: [.. c.Images],
            Paragraphs: [.. c.Paragraphs],
            Quotes: [.. c.Quotes],
            WordCount: WordCount(c.Teaser) + c.Paragraphs.Sum(WordCount),
            Url: c.Url,
            Provenance: new SortedDictionary<string, string>(c.Provenance, StringComparer.Ordinal),
            Input: input);
    }

    /// <summary>The spec's word: a whitespace-separated token that contains a letter or a digit.</summary>
    private static int WordCount(string? text)
    {
        if (text is null) return 0;
        var (words, counted) = (0, false);
        foreach (var c in text)
        {
            if (c == ' ') counted = false;
            else if (!counted && char.IsLetterOrDigit(c)) (words, counted) = (words + 1, true);
        }
        return words;
    }
}
