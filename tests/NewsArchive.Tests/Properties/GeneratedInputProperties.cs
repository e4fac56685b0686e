using System.Diagnostics;
using System.Text;
using CsCheck;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Json;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Properties;

/// <summary>
/// Whatever bytes come in, the parser returns an article or a reason, never an exception; every article keeps
/// the spec's promises (<see cref="ArticleInvariants"/>); and the same bytes give the same JSON twice. Tried on
/// generated text articles, generated HTML pages and mutated samples (<see cref="InputGenerators"/>), each test its share
/// of <see cref="PropertyRuns.Inputs"/> (1,000 inputs in CI; <c>NEWSARC_PROPERTY_ITERATIONS</c> for a campaign).
/// </summary>
public sealed class GeneratedInputProperties(ITestOutputHelper output)
{
    /// <summary>No input of the generated sizes (at most a few hundred KB) may take longer than this.</summary>
    private static readonly TimeSpan MaxParseTime = TimeSpan.FromSeconds(10);

    [Fact]
    public void Generated_text_articles_parse_without_exceptions_into_articles_that_keep_the_spec() =>
        Check(InputGenerators.Text, share: 0.40);

    [Fact]
    public void Generated_html_pages_parse_without_exceptions_into_articles_that_keep_the_spec() =>
        Check(InputGenerators.Html, share: 0.15);

    [Fact]
    public void Mutated_samples_parse_without_exceptions_into_articles_that_keep_the_spec() =>
        Check(InputGenerators.MutatedSample, share: 0.35);

    [Fact]
    public void The_same_text_gets_the_same_id_in_any_encoding_and_with_any_line_ends() =>
        InputGenerators.TextArticle.Sample(text =>
        {
            var utf8 = ArticleParser.Parse(Encoding.UTF8.GetBytes(text), null, ParseOptions.Default);
            var crlf = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
            var utf16 = ArticleParser.Parse([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(crlf)], null, ParseOptions.Default);
            Assert.Equal(utf8.Error is null, utf16.Error is null);
            Assert.Equal(utf8.Article?.Id, utf16.Article?.Id);
        }, iter: PropertyRuns.Iterations(0.10), writeLine: output.WriteLine);

    private void Check(Gen<GeneratedInput> gen, double share)
    {
        var slowest = (Time: TimeSpan.Zero, Input: (GeneratedInput?)null);
        var count = 0L;
        gen.Sample(input =>
        {
            var watch = Stopwatch.StartNew();
            ParseResult first;
            try
            {
                first = ArticleParser.Parse(input.Bytes, "generated", ParseOptions.Default);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"the parser threw {e.GetType().Name}: {e.Message}", e);
            }
            var elapsed = watch.Elapsed;
            lock (output)
            {
                count++;
                if (elapsed > slowest.Time) slowest = (elapsed, input);
            }
            Assert.True(elapsed < MaxParseTime, $"parsing took {elapsed.TotalSeconds:F1} s");
            var second = ArticleParser.Parse(input.Bytes, "generated", ParseOptions.Default);
            Assert.Equal(first.Error, second.Error);
            if (first.Article is not null) Assert.Equal(ArticleJson.Serialize(first.Article), ArticleJson.Serialize(second.Article!));
            Assert.Empty(ArticleInvariants.Violations(first, input.Bytes));
        }, iter: PropertyRuns.Iterations(share), print: PropertyRuns.Describe, writeLine: output.WriteLine);
        output.WriteLine($"{count} inputs; slowest {slowest.Time.TotalMilliseconds:F0} ms: {(slowest.Input is { } s ? PropertyRuns.Describe(s)[..200] : "")}");
    }
}
