using AngleSharp.Dom;

namespace NewsArchive.Parsing.Html;

/// <summary>
/// The page's <c>&lt;meta&gt;</c> tags by lower-case <c>name</c>, <c>property</c> or <c>itemprop</c>,
/// each with its contents in page order. <see cref="First"/> takes the first present key of a list,
/// so the lists in the readers are the documented order of evidence.
/// </summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public MetaTags(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content)) continue;
            foreach (var attribute in (string[])["name", "property", "itemprop", "http-equiv"])
                if (meta.GetAttribute(attribute) is { Length: > 0 } key) Add(key.Trim().ToLowerInvariant(), content.Trim());
        }
    }

    /// <summary>The first key of <paramref name="keys"/> the page has, with its first value.</summary>
    public (string Key, string Value)? First(IEnumerable<string> keys)
    {
        foreach (var key in keys)
            if (_values.TryGetValue(key, out var list)) return (key, list[0]);
        return null;
    }

    public IReadOnlyList<string> All(string key) => _values.TryGetValue(key, out var list) ? list : [];

    private void Add(string key, string value)
    {
        if (!_values.TryGetValue(key, out var list)) _values[key] = list = [];
        list.Add(value);
    }
}
