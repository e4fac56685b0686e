using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsArchive.Benchmarks;

/// <summary>Articles, megabytes, and the articles and megabytes parsed per second on one thread, from the measured mean.</summary>
internal sealed class ThroughputColumns : IColumn
{
    private static readonly ConcurrentDictionary<string, (int Count, long Bytes)> Sizes = new();
    private readonly string _name;
    private readonly Func<(int Count, long Bytes), double?, string> _value;

    private ThroughputColumns(string name, Func<(int Count, long Bytes), double?, string> value) => (_name, _value) = (name, value);

    public sealed class Config : ManualConfig
    {
        public Config() => AddColumn(
            new ThroughputColumns("Articles", (s, _) => s.Count.ToString("N0", CultureInfo.InvariantCulture)),
            new ThroughputColumns("MB", (s, _) => (s.Bytes / 1e6).ToString("F1", CultureInfo.InvariantCulture)),
            new ThroughputColumns("Articles/s", (s, seconds) => seconds is { } t ? (s.Count / t).ToString("N0", CultureInfo.InvariantCulture) : "?"),
            new ThroughputColumns("MB/s", (s, seconds) => seconds is { } t ? (s.Bytes / 1e6 / t).ToString("F1", CultureInfo.InvariantCulture) : "?"));
    }

    public string Id => "Throughput." + _name;
    public string ColumnName => _name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => _name switch
    {
        "Articles" => "Inputs in the corpus",
        "MB" => "Input size of the corpus in megabytes",
        "Articles/s" => "Articles parsed per second on one thread",
        _ => "Input megabytes parsed per second on one thread",
    };

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var format = benchmarkCase.Parameters["Format"] as string ?? "text";
        var size = Sizes.GetOrAdd(format, f => Corpus.Of(f) is var inputs ? (inputs.Count, inputs.Sum(i => (long)i.Length)) : default);
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return _value(size, mean / 1e9);
    }
}
