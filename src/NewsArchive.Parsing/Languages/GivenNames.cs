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

    private static Dictionary<string, char> Load()
    {
        var names = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase);
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream("given-names.txt")
                           ?? throw new InvalidOperationException("given-names.txt is not embedded");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length < 2 || line[0] == '#') continue;
            foreach (var name in line[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries)) names.TryAdd(name, line[0]);
        }
        return names;
    }
}
