namespace NewsArchive.Parsing.Extraction;

/// <summary>
/// The last evidence for an HTML page's authors: names in elements the page marks as its byline
/// (<c>rel=author</c>, <c>itemprop=author</c>, <c>class="author"</c>), read by the byline rules, when
/// neither the metadata nor a visible byline line named anyone.
/// </summary>
internal sealed class PageAuthorsExtractor : IExtractor
{
    public void Extract(ExtractionContext context)
    {
        if (context.Document.Metadata is not { } page || context.Authors.Count > 0) return;
        foreach (var name in page.BylineNames) BylineExtractor.ReadCredits(context, name);
        if (context.Authors.Count > 0) context.Provenance["byline.authors"] = "dom";
    }
}
