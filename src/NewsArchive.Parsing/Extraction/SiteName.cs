namespace NewsArchive.Parsing.Extraction;

/// <summary>A site's or outlet's name as a comparison key, to tell the site itself from a person in credits and titles.</summary>
internal static class SiteName
{
    /// <summary>The name folded, without <c>www.</c> and the top-level domain of a host name (<c>www.example.co</c> -> <c>example</c>).</summary>
    public static string Key(string site)
    {
        var s = site.Trim().ToLowerInvariant();
        if (s.StartsWith("www.", StringComparison.Ordinal)) s = s[4..];
        var dot = s.LastIndexOf('.');
        if (dot > 0 && !s.Contains(' ', StringComparison.Ordinal) && s.Length - dot <= 4) s = s[..dot];
        return Fold(s);
    }

    /// <summary>Lower-case letters and digits only: <c>Example News</c> -> <c>examplenews</c>.</summary>
    public static string Fold(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    /// <summary>
    /// Whether a credit is the site or one of its desks rather than a person: the site's name, or a credit whose
    /// first word starts it (<c>CNN Business</c> on CNN, <c>CBS Sports Writer</c> on cbssports.com).
    /// </summary>
    public static bool IsSiteOrDesk(string credit, string site)
    {
        var key = Key(site);
        if (key.Length < 3) return false;
        var first = Fold(credit.Split(' ')[0]);
        return Fold(credit) == key || first.Length >= 3 && key.StartsWith(first, StringComparison.Ordinal);
    }
}
