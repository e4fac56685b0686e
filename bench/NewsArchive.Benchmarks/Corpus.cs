using System.IO.Compression;

namespace NewsArchive.Benchmarks;

/// <summary>
/// The inputs the parse benchmarks run over, read once into memory so only parsing is timed: <c>text</c> is our
/// samples and the seed, <c>reuters</c> Reuters-21578 as readers' copies (written by <c>bench/reuters-copies.py</c>
/// to <c>$BENCH_REUTERS</c>; only when that is set), <c>html</c> our HTML samples and the real news pages of
/// <c>../shared/corpora</c> (htmldate-dev, aeb-dev), read in place.
/// </summary>
internal static class Corpus
{
    /// <summary>The folder of Reuters readers' copies, when <c>$BENCH_REUTERS</c> names one.</summary>
    public static string? ReutersFolder => Environment.GetEnvironmentVariable("BENCH_REUTERS") is { Length: > 0 } folder ? folder : null;

    public static IReadOnlyList<byte[]> Of(string format) => format switch
    {
        "html" => Html(),
        "reuters" => ReutersFolder is { } folder ? [.. Files(folder, "*.txt")] : [],
        _ => Text(),
    };

    private static IReadOnlyList<byte[]> Text() =>
    [
        .. Files(Samples, "*.txt"),
        .. Files(Path.Combine(Shared, "seed"), "*.txt"),
    ];

    private static IReadOnlyList<byte[]> Html() =>
    [
        .. Files(Samples, "*.html"),
        .. Files(Path.Combine(Shared, "corpora", "htmldate-dev", "html"), "*.html"),
        .. Directory.EnumerateFiles(Path.Combine(Shared, "corpora", "aeb-dev", "html"), "*.html.gz").Order(StringComparer.Ordinal).Select(Gunzip),
    ];

    private static string Repository
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("run the benchmarks inside the repository (NewsArchive.sln not found above " + AppContext.BaseDirectory + ")");
        }
    }

    private static string Samples => Path.Combine(Repository, "samples");

    private static string Shared => Path.Combine(Repository, "..", "shared");

    private static IEnumerable<byte[]> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes);

    private static byte[] Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }
}
