namespace NewsArchive.Parsing.Input;

/// <summary>
/// Tells text from binary before decoding: a file whose first bytes are a known binary signature, or
/// with NUL bytes in more than a few places where it is not UTF-16, is not an article.
/// </summary>
public static class InputSniffer
{
    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([(byte)'G', (byte)'I', (byte)'F', (byte)'8'], "a GIF image"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "a ZIP archive"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an executable (ELF)"),
        ([(byte)'%', (byte)'P', (byte)'D', (byte)'F'], "a PDF document"),
        ([(byte)'M', (byte)'Z'], "a Windows executable"),
    ];

    /// <summary>Why the bytes are binary, or null when they look like text.</summary>
    public static string? BinaryReason(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind) in Signatures)
            if (bytes.StartsWith(magic)) return $"binary file ({kind}), not a text or HTML article";
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return null;
        int nul = 0, even = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] != 0) continue;
            nul++;
            if (i % 2 == 0) even++;
        }
        var utf16Like = nul > sample.Length / 4 && (even < nul / 10 || even > nul * 9 / 10);
        return nul > 8 && !utf16Like ? "binary file (NUL bytes), not a text or HTML article" : null;
    }
}
