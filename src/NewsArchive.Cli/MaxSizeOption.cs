using System.CommandLine;

namespace NewsArchive.Cli;

/// <summary>
/// <c>--max-size SIZE</c> for <c>parse</c> and <c>import</c>: larger inputs are refused unread. The default,
/// 64 MiB, is ten times the largest saved news page seen (a few MB, inline scripts and images included)
/// and keeps a worker's memory bounded: the bytes, the decoded text (twice their size) and the page's DOM.
/// </summary>
internal static class MaxSizeOption
{
    public const long Default = 64L << 20;

    public static Option<long> Create() => new("--max-size")
    {
        Description = "Refuse inputs larger than this: bytes, or a number with KB, MB, GB (1,000) or KiB, MiB, GiB (1,024) (default: 64MiB).",
        DefaultValueFactory = _ => Default,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (ByteSize.Parse(text) is { } bytes && bytes > 0) return bytes;
            result.AddError($"--max-size takes a size such as 64MiB, 200KB or 1048576 (bytes), not '{text}'");
            return 0;
        },
    };
}
