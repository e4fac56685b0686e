using NewsArchive.Parsing.Model;

namespace NewsArchive.Storage;

/// <summary>One parsed input on its way into the archive.</summary>
public sealed record ImportItem(string Source, Article Article, byte[] Raw)
{
    private PreparedImport? _prepared;

    /// <summary>
    /// Computes now what storing this input needs and depends on this input alone (its full path, fingerprint,
    /// file paths and article JSON). An import's parse workers call it, so that this work runs in parallel and the
    /// archive's single writer only decides, writes bytes and adds index rows; an item not prepared is prepared
    /// by <see cref="Archive.Store"/>.
    /// </summary>
    public ImportItem Prepare()
    {
        _prepared ??= new PreparedImport(this);
        return this;
    }

    internal PreparedImport Prepared => _prepared ??= new PreparedImport(this);
}

/// <summary>What <see cref="ImportItem.Prepare"/> computes.</summary>
internal sealed class PreparedImport(ImportItem item)
{
    public string Source { get; } = Path.GetFullPath(item.Source);

    public long? Fingerprint { get; } = NearDuplicate.Fingerprint(item.Article);

    public string ArticlePath { get; } = ArchiveLayout.ArticlePath(item.Article);

    public string RawPath { get; } = ArchiveLayout.RawPath(item.Article);

    /// <summary>The article part of the stored file (<see cref="StoredJson.ArticlePart"/>).</summary>
    public byte[] ArticleJson { get; } = StoredJson.ArticlePart(item.Article);
}
