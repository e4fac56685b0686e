namespace NewsArchive.Parsing.Languages;

/// <summary>
/// The home zone of a site by the country its address ends in (<c>.de</c> -> Europe/Berlin,
/// <c>.co.uk</c> -> Europe/London): the fallback for an outlet missing from <see cref="Outlets"/>.
/// Only country domains where one zone covers (nearly) the whole country are listed; generic domains
/// (<c>.com</c>, <c>.org</c>, <c>.news</c>) and countries spanning zones (<c>.us</c>, <c>.ru</c>, <c>.au</c>,
/// <c>.br</c>, <c>.ca</c>) say nothing. The zone it gives is reported as the outlet's (<c>dateline.offset: outlet</c>).
/// </summary>
internal static class SiteZones
{
    private static readonly Dictionary<string, string> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = "Europe/Berlin", ["at"] = "Europe/Vienna", ["ch"] = "Europe/Zurich", ["li"] = "Europe/Vaduz",
        ["fr"] = "Europe/Paris", ["it"] = "Europe/Rome", ["es"] = "Europe/Madrid", ["nl"] = "Europe/Amsterdam",
        ["be"] = "Europe/Brussels", ["lu"] = "Europe/Luxembourg", ["pl"] = "Europe/Warsaw", ["cz"] = "Europe/Prague",
        ["sk"] = "Europe/Bratislava", ["hu"] = "Europe/Budapest", ["si"] = "Europe/Ljubljana", ["hr"] = "Europe/Zagreb",
        ["dk"] = "Europe/Copenhagen", ["se"] = "Europe/Stockholm", ["no"] = "Europe/Oslo", ["fi"] = "Europe/Helsinki",
        ["ee"] = "Europe/Tallinn", ["lv"] = "Europe/Riga", ["lt"] = "Europe/Vilnius", ["ie"] = "Europe/Dublin",
        ["uk"] = "Europe/London", ["gr"] = "Europe/Athens", ["ro"] = "Europe/Bucharest", ["bg"] = "Europe/Sofia",
        ["rs"] = "Europe/Belgrade", ["ua"] = "Europe/Kyiv", ["tr"] = "Europe/Istanbul", ["il"] = "Asia/Jerusalem",
        ["in"] = "Asia/Kolkata", ["cn"] = "Asia/Shanghai", ["hk"] = "Asia/Hong_Kong", ["tw"] = "Asia/Taipei",
        ["jp"] = "Asia/Tokyo", ["kr"] = "Asia/Seoul", ["sg"] = "Asia/Singapore", ["nz"] = "Pacific/Auckland",
        ["za"] = "Africa/Johannesburg",
    };

    /// <summary>
    /// The home zone of a site: the outlet its publisher or its host names (<see cref="Outlets"/>), else its
    /// host's country (<see cref="Find"/>), or null.
    /// </summary>
    public static string? OfSite(string? publisher, string? host) =>
        (publisher is null ? null : Outlets.Find(publisher)?.Zone)
        ?? (host is null ? null : Outlets.Find(host)?.Zone ?? Find(host));

    /// <summary>The zone of <paramref name="host"/> (<c>www.example.co.uk</c>) by its last label, or null.</summary>
    public static string? Find(string? host)
    {
        if (string.IsNullOrEmpty(host)) return null;
        var dot = host.TrimEnd('.').LastIndexOf('.');
        if (dot < 0) return null;
        return Table.GetValueOrDefault(host.TrimEnd('.')[(dot + 1)..]);
    }
}
