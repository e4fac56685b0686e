using System.CommandLine;
using System.Globalization;
using NewsArchive.Storage;

namespace NewsArchive.Cli;

/// <summary>
/// The options every archive command shares. The archive is <c>--archive DIR</c>, else the environment
/// variable <c>NEWSARC_ARCHIVE</c>, else <c>$XDG_DATA_HOME/newsarc/archive</c> (<c>~/.local/share/newsarc/archive</c>).
/// </summary>
internal static class ArchiveOptions
{
    public static Option<string?> Archive() => new("--archive", "-a")
    {
        Description = "The archive folder (default: $NEWSARC_ARCHIVE, else ~/.local/share/newsarc/archive).",
    };

    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option)) return option;
        if (Environment.GetEnvironmentVariable("NEWSARC_ARCHIVE") is { Length: > 0 } fromEnvironment) return fromEnvironment;
        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(data, "newsarc", "archive");
    }

    /// <summary>The version written into stored articles: the informational version of this build.</summary>
    public static string Version { get; } =
        typeof(ArchiveOptions).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            is [System.Reflection.AssemblyInformationalVersionAttribute a, ..] ? a.InformationalVersion : "0.0.0";

    public static Option<int?> Limit() => new("--limit", "-n") { Description = "At most this many results." };

    /// <summary><c>--format table|MACHINE</c>: a table for people by default on a terminal, else the machine format.</summary>
    public static Option<string?> Format(string machine)
    {
        var format = new Option<string?>("--format", "-f") { Description = $"table or {machine} (default: table on a terminal, else {machine})." };
        format.AcceptOnlyFromAmong("table", machine);
        return format;
    }
}

/// <summary>The filter options of <c>list</c>, <c>search</c>, <c>export</c> and <c>stats</c>.</summary>
internal sealed class FilterOptions
{
    private readonly Option<DateOnly?> _since = DateOption("--since", "Only articles published on or after this local date (yyyy-mm-dd); undated ones are left out.");
    private readonly Option<DateOnly?> _until = DateOption("--until", "Only articles published on or before this local date (yyyy-mm-dd); undated ones are left out.");
    private readonly Option<string?> _language = new("--language") { Description = "Only articles in this language (de, en, …)." };
    private readonly Option<string?> _publisher = new("--publisher") { Description = "Only articles whose publisher contains this (any case, any accents)." };
    private readonly Option<string?> _agency = new("--agency") { Description = "Only articles crediting this agency (dpa, AP, Reuters, …)." };
    private readonly Option<string?> _author = new("--author") { Description = "Only articles with an author whose name contains this." };

    public void AddTo(Command command)
    {
        foreach (var option in (Option[])[_since, _until, _language, _publisher, _agency, _author]) command.Options.Add(option);
    }

    public ArticleFilter From(ParseResult result) => new(
        result.GetValue(_since), result.GetValue(_until), result.GetValue(_language), result.GetValue(_publisher), result.GetValue(_agency), result.GetValue(_author));

    private static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = r =>
        {
            var text = r.Tokens[0].Value;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            r.AddError($"{name} takes a date as yyyy-mm-dd, not '{text}'");
            return null;
        },
    };
}
