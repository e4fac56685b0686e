using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NewsArchive.Parsing;

namespace NewsArchive.Cli;

/// <summary>The parser's options as command-line options (<c>--timezone</c>, <c>--reference-date</c>), for <c>parse</c>, <c>import</c> and <c>reparse</c>.</summary>
internal sealed class ParseOptionSet
{
    private readonly Option<TimeZoneInfo?> _timezone = new("--timezone", "-z")
    {
        Description = "IANA zone (e.g. Europe/Berlin) for times the article states without a zone.",
        CustomParser = ParseZone,
    };

    private readonly Option<DateOnly?> _reference = new("--reference-date")
    {
        Description = "The day the article was read (yyyy-mm-dd): gives dates without a year their year.",
        CustomParser = ParseDate,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_timezone);
        command.Options.Add(_reference);
    }

    public ParseOptions From(System.CommandLine.ParseResult result) => new(result.GetValue(_timezone), result.GetValue(_reference));

    private static TimeZoneInfo? ParseZone(ArgumentResult result)
    {
        var id = result.Tokens[0].Value;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        result.AddError($"unknown time zone '{id}' for --timezone (use an IANA name such as Europe/Berlin)");
        return null;
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        result.AddError($"--reference-date takes a date as yyyy-mm-dd, not '{text}'");
        return null;
    }
}
