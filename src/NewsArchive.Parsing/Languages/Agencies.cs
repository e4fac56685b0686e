namespace NewsArchive.Parsing.Languages;

/// <summary>
/// News agencies by the ways they are credited, to the short name the spec uses. Short credits are
/// matched with their exact case (<c>AP</c> is an agency, <c>ap</c> is not); names of four letters
/// or more ignore case.
/// </summary>
public static class Agencies
{
    private static readonly Dictionary<string, string> ExactCase = new(StringComparer.Ordinal)
    {
        ["dpa"] = "dpa", ["DPA"] = "dpa", ["AP"] = "AP", ["AFP"] = "AFP", ["KNA"] = "KNA", ["epd"] = "epd", ["EPD"] = "epd",
        ["APA"] = "APA", ["SDA"] = "Keystone-SDA", ["ANP"] = "ANP", ["EFE"] = "EFE", ["ANSA"] = "ANSA", ["UPI"] = "UPI",
        ["sid"] = "sid", ["SID"] = "sid", ["dts"] = "dts", ["AA"] = "AA", ["PA"] = "PA", ["CP"] = "CP", ["ddp"] = "ddp",
        ["TASS"] = "TASS", ["AAP"] = "AAP", ["PTI"] = "PTI", ["IANS"] = "IANS", ["Belga"] = "Belga", ["TT"] = "TT", ["NTB"] = "NTB",
    };

    private static readonly Dictionary<string, string> AnyCase = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Reuters"] = "Reuters", ["Reuter"] = "Reuters", ["Thomson Reuters"] = "Reuters", ["Associated Press"] = "AP",
        ["The Associated Press"] = "AP", ["Agence France-Presse"] = "AFP", ["Agence France Presse"] = "AFP",
        ["Deutsche Presse-Agentur"] = "dpa", ["dpa-AFX"] = "dpa-AFX", ["Katholische Nachrichten-Agentur"] = "KNA",
        ["Evangelischer Pressedienst"] = "epd", ["Austria Presse Agentur"] = "APA", ["Keystone-SDA"] = "Keystone-SDA",
        ["Bloomberg"] = "Bloomberg", ["Xinhua"] = "Xinhua", ["Kyodo"] = "Kyodo", ["Yonhap"] = "Yonhap", ["Interfax"] = "Interfax",
        ["Anadolu"] = "AA", ["PA Media"] = "PA", ["Press Association"] = "PA", ["Canadian Press"] = "CP", ["The Canadian Press"] = "CP",
        ["United Press International"] = "UPI", ["Dow Jones"] = "Dow Jones", ["dpa-infocom"] = "dpa", ["Reuters Breakingviews"] = "Reuters",
    };

    private static readonly char[] Enclosing = ['(', ')', '.', ',', ';', ':'];

    /// <summary>The agency's short name when <paramref name="credit"/> names one, else null.</summary>
    public static string? ShortName(string credit)
    {
        var c = credit.Trim().Trim(Enclosing).Trim();
        if (ExactCase.TryGetValue(c, out var exact)) return exact;
        return c.Length >= 4 && AnyCase.TryGetValue(c, out var any) ? any : null;
    }
}
