using BenchmarkDotNet.Attributes;
using NewsArchive.Parsing;

namespace NewsArchive.Benchmarks;

/// <summary>
/// <c>ArticleParser.Parse</c> over every input of a corpus on one thread: one operation parses the whole
/// corpus; the columns of <see cref="ThroughputColumns"/> turn its mean into articles and megabytes per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputColumns.Config))]
public class ParseBenchmarks
{
    private IReadOnlyList<byte[]> _inputs = [];

    [ParamsSource(nameof(Formats))]
    public string Format { get; set; } = "text";

    /// <summary>The corpora of <see cref="Corpus"/>: Reuters copies only where <c>$BENCH_REUTERS</c> names their folder.</summary>
    public static IEnumerable<string> Formats => Corpus.ReutersFolder is null ? ["text", "html"] : ["text", "reuters", "html"];

    [GlobalSetup]
    public void Setup()
    {
        _inputs = Corpus.Of(Format);
    }

    [Benchmark]
    public int Parse()
    {
        var quotes = 0;
        foreach (var input in _inputs) quotes += ArticleParser.Parse(input, null, ParseOptions.Default).Article?.Quotes.Count ?? 0;
        return quotes;
    }
}
