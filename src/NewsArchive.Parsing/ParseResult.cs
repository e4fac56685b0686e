using NewsArchive.Parsing.Model;

namespace NewsArchive.Parsing;

/// <summary>
/// The outcome of parsing one input: an article, or the reason there is none (<see cref="Error"/>,
/// one line for the user). <see cref="Diagnostics"/> say why fields stayed empty or what was repaired.
/// </summary>
public sealed record ParseResult(Article? Article, string? Error, IReadOnlyList<string> Diagnostics)
{
    public static ParseResult Failed(string error) => new(null, error, []);
}
