namespace NewsArchive.Parsing.Languages;

/// <summary>Known outlets, by the names their copy credits them with, to their home time zone.</summary>
public static class Outlets
{
    private static readonly (string Name, string Zone)[] Table =
    [
        ("ntv.de", "Europe/Berlin"), ("n-tv.de", "Europe/Berlin"), ("n-tv", "Europe/Berlin"), ("tagesschau.de", "Europe/Berlin"),
        ("tagesschau", "Europe/Berlin"), ("ARD", "Europe/Berlin"), ("ZDF", "Europe/Berlin"), ("zdfheute", "Europe/Berlin"),
        ("SPIEGEL", "Europe/Berlin"), ("DER SPIEGEL", "Europe/Berlin"), ("spiegel.de", "Europe/Berlin"), ("ZEIT ONLINE", "Europe/Berlin"),
        ("DIE ZEIT", "Europe/Berlin"), ("zeit.de", "Europe/Berlin"), ("F.A.Z.", "Europe/Berlin"), ("FAZ", "Europe/Berlin"),
        ("FAZ.NET", "Europe/Berlin"), ("faz.net", "Europe/Berlin"), ("Süddeutsche Zeitung", "Europe/Berlin"), ("SZ", "Europe/Berlin"),
        ("sueddeutsche.de", "Europe/Berlin"), ("WELT", "Europe/Berlin"), ("welt.de", "Europe/Berlin"), ("taz", "Europe/Berlin"),
        ("Handelsblatt", "Europe/Berlin"), ("stern.de", "Europe/Berlin"), ("t-online", "Europe/Berlin"), ("RND", "Europe/Berlin"),
        ("Deutsche Welle", "Europe/Berlin"), ("DW", "Europe/Berlin"), ("Der Standard", "Europe/Vienna"), ("derStandard.at", "Europe/Vienna"),
        ("Die Presse", "Europe/Vienna"), ("ORF", "Europe/Vienna"), ("orf.at", "Europe/Vienna"), ("NZZ", "Europe/Zurich"),
        ("Neue Zürcher Zeitung", "Europe/Zurich"), ("SRF", "Europe/Zurich"), ("Tages-Anzeiger", "Europe/Zurich"),
        ("BBC News", "Europe/London"), ("BBC", "Europe/London"), ("The Guardian", "Europe/London"), ("Guardian", "Europe/London"),
        ("The Times", "Europe/London"), ("The Independent", "Europe/London"), ("Financial Times", "Europe/London"), ("Sky News", "Europe/London"),
        ("The New York Times", "America/New_York"), ("New York Times", "America/New_York"), ("The Washington Post", "America/New_York"),
        ("Washington Post", "America/New_York"), ("The Wall Street Journal", "America/New_York"), ("CNN", "America/New_York"),
        ("NPR", "America/New_York"), ("Los Angeles Times", "America/Los_Angeles"), ("ABC News", "America/New_York"),
        ("NBC News", "America/New_York"), ("CBS News", "America/New_York"), ("Politico", "America/New_York"),
    ];

    /// <summary>The outlet named by <paramref name="name"/> (as written, without a trailing dot) and its zone, if known.</summary>
    public static (string Name, string Zone)? Find(string name)
    {
        var n = name.Trim().TrimEnd('.', ',');
        foreach (var entry in Table)
            if (string.Equals(entry.Name, n, StringComparison.OrdinalIgnoreCase)) return (n, entry.Zone);
        return null;
    }

    private static readonly (string Name, string Zone)[] LongestFirst = [.. Table.OrderByDescending(e => e.Name.Length)];

    /// <summary>The first known outlet whose name stands as whole words in <paramref name="text"/>.</summary>
    public static (string Name, string Zone)? FindIn(string text)
    {
        foreach (var entry in LongestFirst)
        {
            var i = text.IndexOf(entry.Name, StringComparison.Ordinal);
            if (i < 0) continue;
            var end = i + entry.Name.Length;
            var leftOk = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            var rightOk = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (leftOk && rightOk) return (entry.Name, entry.Zone);
        }
        return null;
    }
}
