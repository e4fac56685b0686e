using System.Globalization;

namespace NewsArchive.Cli;

/// <summary>
/// Sizes as people write them on a command line: <c>1048576</c> (bytes), <c>200KB</c> (SI, 1,000),
/// <c>64MiB</c> (IEC, 1,024), any case, a space allowed before the unit; and sizes as messages show them.
/// </summary>
internal static class ByteSize
{
    private static readonly (string Unit, long Factor)[] Units =
    [
        ("B", 1), ("KB", 1000), ("KIB", 1L << 10), ("K", 1L << 10), ("MB", 1000 * 1000), ("MIB", 1L << 20), ("M", 1L << 20),
        ("GB", 1000L * 1000 * 1000), ("GIB", 1L << 30), ("G", 1L << 30), ("TB", 1000L * 1000 * 1000 * 1000), ("TIB", 1L << 40),
    ];

    /// <summary>The size in bytes, or null when <paramref name="text"/> is not a whole number with an optional unit.</summary>
    public static long? Parse(string text)
    {
        var trimmed = text.Trim();
        var digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits])) digits++;
        if (digits == 0 || !long.TryParse(trimmed.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return null;
        var unit = trimmed[digits..].TrimStart().ToUpperInvariant();
        var factor = unit.Length == 0 ? 1 : Units.FirstOrDefault(u => u.Unit == unit).Factor;
        if (factor == 0 || number > long.MaxValue / factor) return null;
        return number * factor;
    }

    public static string Bytes(long bytes) => bytes == 1 ? "1 byte" : $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";

    /// <summary>A size for a message: bytes below 1 KiB, else KiB, MiB or GiB to one decimal (<c>64 MiB</c>, <c>66.8 MiB</c>).</summary>
    public static string Format(long bytes)
    {
        if (bytes < 1024) return Bytes(bytes);
        var (unit, factor) = bytes >= 1L << 30 ? ("GiB", 1L << 30) : bytes >= 1L << 20 ? ("MiB", 1L << 20) : ("KiB", 1L << 10);
        return $"{((double)bytes / factor).ToString("0.#", CultureInfo.InvariantCulture)} {unit}";
    }
}
