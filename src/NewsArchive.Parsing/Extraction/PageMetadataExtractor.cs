using NewsArchive.Parsing.Languages;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Parsing.Extraction;

/// <summary>
/// For an HTML page, takes what the page states outright (headline, kicker, teaser, authors,
/// publisher, dates, URL, pictures) before the text extractors run: they then fill only what the
/// page leaves open, from its visible text (a dateline, a byline, a wire dateline in the body).
/// A page's stated language is used only when the text itself does not tell.
/// </summary>
internal sealed class PageMetadataExtractor : IExtractor
{
    public void Extract(ExtractionContext context)
    {
        if (context.Document.Metadata is not { } page) return;
        if (context.LanguageCode is null && page.Language is { } language)
        {
            context.LanguageCode = language.Value;
            context.Language = LanguageTables.All.FirstOrDefault(t => t.Code == language.Value) ?? context.Language;
            context.Provenance["language"] = language.Source;
        }
        Take(context, page.Kicker, "kicker", v => context.Kicker = v);
        Take(context, page.Headline, "headline", v => context.Headline = v);
        Take(context, page.Teaser, "teaser", v => context.Teaser = v);
        Take(context, page.Publisher, "byline.publisher", v => context.Publisher = v);
        Take(context, page.Url, "url", v => context.Url = v);
        Take(context, page.Published, "dateline.published", v => context.Published = v);
        Take(context, page.Modified, "dateline.modified", v => context.Modified = v);
        if (page.Authors is { } authors)
        {
            foreach (var author in authors.Value) context.AddAuthor(author);
            context.Provenance["byline.authors"] = authors.Source;
        }
        foreach (var image in page.Images)
            context.Images.Add(image.Credit is { } credit ? image with { Credit = ImageExtractor.WithoutCreditLabel(credit, context.Language) }
                : image.Caption is { } caption && ImageExtractor.SplitCaptionAndCredit(caption, context.Language) is { } split
                    ? image with { Caption = split.Caption, Credit = split.Credit }
                    : image);
        if (page.Images.Count > 0) context.Provenance["images"] = "dom";

        context.OutletZone = SiteZones.OfSite(context.Publisher, Html.PageUrl.Host(context.Url));
    }

    private static void Take<T>(ExtractionContext context, Html.Evidence<T>? evidence, string field, Action<T> set)
    {
        if (evidence is null) return;
        set(evidence.Value);
        context.Provenance[field] = evidence.Source;
    }
}
