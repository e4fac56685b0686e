namespace NewsArchive.Parsing.Languages;

/// <summary>
/// Given names with their usual gender, for every language (<c>given-names.txt</c>, from the MIT-licensed
/// lists of gender-detection-from-name): they tell a person (<c>Dana Okafor</c>) from an organisation
/// (<c>Commercial Development Association</c>) and <c>he</c> from <c>she</c>.
/// </summary>
internal static class GivenNames
{
    private static readonly Lazy<Dictionary<string, char>> Table = new(Load);

    /// <summary>The gender of a given name (<c>m</c>, <c>f</c>, <c>?</c> for either), or null when it is none; of a double name, its first part.</summary>
    public static char? GenderOf(string word)
    {
        var hyphen = word.IndexOf('-');
        var first = hyphen < 0 ? word.AsSpan() : word.AsSpan(0, hyphen);
        return Table.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(first, out var gender) ? gender : null;
    }

    /// <summary>
    /// Reads the table in one piece and cuts it as spans, with the dictionary sized up front: about 30,000 names load in a
    /// few milliseconds, which every process that parses an article pays once (line-by-line reading of lines of 100 KB cost
    /// twice that in buffers and collections).
    /// </summary>
    private static Dictionary<string, char> Load()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream("given-names.txt")
                           ?? throw new InvalidOperationException("given-names.txt is not embedded");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        var names = new Dictionary<string, char>(text.AsSpan().Count(' '), StringComparer.OrdinalIgnoreCase);
        // Lines end in \n: a plain character search (EnumerateLines looks for every Unicode line end, slowly in the AOT binary).
        foreach (var lineRange in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(lineRange).TrimEnd('\r');
            if (line.Length < 2 || line[0] == '#') continue;
            var list = line[2..];
            foreach (var range in list.Split(' '))
                if (list[range] is { Length: > 0 } name) names.TryAdd(name.ToString(), line[0]);
        }
        return names;
    }
}
