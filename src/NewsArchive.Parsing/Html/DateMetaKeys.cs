namespace NewsArchive.Parsing.Html;

/// <summary>
/// The <c>&lt;meta&gt;</c> keys (lower-case <c>name</c>, <c>property</c>, <c>itemprop</c> or <c>http-equiv</c>) that
/// state an article's dates, in the order they are believed: the article-specific keys of OpenGraph,
/// schema.org, parsely, sailthru and Dublin Core first, then the generic ones (<c>date</c>, <c>dc.date</c>,
/// <c>pubdate</c>), which some CMSs fill with the time the page was rendered. After htmldate's lists.
/// </summary>
internal static class DateMetaKeys
{
    /// <summary>Keys that name the publication date of the article itself.</summary>
    public static readonly string[] Published =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "article:published", "article:post_date",
        "article.published", "article:publicationdate", "datepublished", "rnews:datepublished", "parsely-pub-date",
        "sailthru.date", "shareaholic:article_published_time", "dc.date.issued", "dcterms.issued", "dc.date.publication",
        "citation_publication_date", "citation_date", "article_date_original", "originalpublicationdate", "publication_date",
        "publish_date", "publish-date", "publishdate", "published-date", "date_published", "datecreated", "dc.date.created",
        "dcterms.created", "dc.created", "dc:created", "article.created", "cxenseparse:recs:publishtime", "bt:pubdate",
        "twt-published-at", "mediator_published_time", "vr:published_time", "analyticsattributes.articledate",
        "dcsext.articlefirstpublished", "displaydate", "content_create_date",
    ];

    /// <summary>Generic keys: a date the page carries, most often but not always the publication's.</summary>
    public static readonly string[] Generic =
    [
        "pubdate", "dc.date", "dcterms.date", "dc:date", "date", "created", "date_created", "doc_date", "pdate", "ptime", "timestamp",
    ];

    /// <summary>Keys that name the last modification.</summary>
    public static readonly string[] Modified =
    [
        "article:modified_time", "og:article:modified_time", "article:modified", "article:modified_date", "article:post_modified",
        "og:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified", "dc.modified",
        "shareaholic:article_modified_time", "modified_time", "updated_time", "article.updated", "lastmodified", "last-modified",
        "lastmod", "modificationdate", "revision_date", "bt:moddate",
    ];
}
