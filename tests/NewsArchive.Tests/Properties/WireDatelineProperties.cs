using System.Text.RegularExpressions;
using CsCheck;
using NewsArchive.Parsing.Extraction;

namespace NewsArchive.Tests.Properties;

/// <summary>
/// The wire dateline pattern runs on the backtracking engine, generated at build time, for start-up speed; it was written
/// for, and checked with, NonBacktracking. Both engines must find the same match and the same parts on any line that
/// looks anything like a dateline: runs of capitalised words, commas, dates, agencies in parentheses, dashes.
/// </summary>
public sealed class WireDatelineProperties
{
    private static readonly Regex NonBacktracking = new(WireDatelineExtractor.PatternText, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Gen<string> Line = Gen.OneOf("A", "a", "Ä", " ", ",", ", ", "-", " - ", "—", "(", ")", ".", "1", "12", "Ab", "AAAA", "aaaa-",
            "Feb", "März", " 12", "(dpa)", "(Reuters)", "/", "'", "BERLIN", "New York", "Ore.")
        .Array[1, 40].Select(parts => string.Concat(parts));

    [Fact]
    public void Both_engines_read_the_same_dateline() =>
        Line.Sample(line =>
        {
            var generated = WireDatelineExtractor.Pattern().Match(line);
            var reference = NonBacktracking.Match(line);
            Assert.Equal(reference.Success, generated.Success);
            foreach (var group in (string[])["0", "place", "region", "date", "agency", "dash"])
                Assert.Equal(reference.Groups[group].Value, generated.Groups[group].Value);
        }, iter: PropertyRuns.Iterations(1.0));
}
