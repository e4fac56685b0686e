using System.Text;

namespace NewsArchive.Parsing.Input;

/// <summary>
/// Turns input bytes into text. Order: a byte order mark; UTF-16 recognised by its zero bytes;
/// strict UTF-8; UTF-8 with a few damaged bytes (more valid multi-byte sequences than invalid ones:
/// Latin-1 text almost never forms one), the damaged bytes replaced with U+FFFD and the repair stated;
/// and Windows-1252 (the superset of Latin-1 that browsers use for both) otherwise, so that umlauts in
/// an old file come out right.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new(Utf8Lenient(bytes[3..]), "utf-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        if (LooksLikeUtf16(bytes, out var bigEndian))
            return bigEndian
                ? new(Encoding.BigEndianUnicode.GetString(bytes), "utf-16be")
                : new(Encoding.Unicode.GetString(bytes), "utf-16le");
        try
        {
            return new(StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var (valid, invalid) = Utf8Sequences(bytes);
            return valid > invalid
                ? new(Utf8Lenient(bytes), "utf-8", $"encoding: {invalid:N0} invalid UTF-8 byte sequence{(invalid == 1 ? "" : "s")} replaced with U+FFFD")
                : new(Encoding.GetEncoding(1252).GetString(bytes), "windows-1252");
        }
    }

    /// <summary>How many valid multi-byte UTF-8 sequences and how many invalid ones the bytes hold.</summary>
    private static (int Valid, int Invalid) Utf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var ascii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0) break;
            bytes = bytes[ascii..];
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done) valid++;
            else invalid++;
            bytes = bytes[Math.Max(consumed, 1)..];
        }
        return (valid, invalid);
    }

    private static string Utf8Lenient(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>Text in UTF-16 without a BOM has a zero byte in most even (BE) or odd (LE) positions.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length < 4 || sample.Length % 2 != 0) return false;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return true;
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) { bigEndian = true; return true; }
        return false;
    }
}
