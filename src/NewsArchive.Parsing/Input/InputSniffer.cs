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
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an ELF executable"),
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

    /// <summary>
    /// Whether decoded text is an HTML page, by its content whatever the file is called: a doctype, or an
    /// html, head or body tag near the start (after whitespace, comments or an XML declaration).
    /// </summary>
    public static bool IsHtml(string text)
    {
        var start = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart().TrimStart('\uFEFF');
        if (!start.StartsWith("<", StringComparison.Ordinal)) return false;
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.Contains("<html", StringComparison.OrdinalIgnoreCase)
               || start.Contains("<head", StringComparison.OrdinalIgnoreCase) || start.Contains("<body", StringComparison.OrdinalIgnoreCase)
               || start.Contains("<meta", StringComparison.OrdinalIgnoreCase) && start.Contains("<title", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Why decoded text that is not HTML is not an article newsarc reads, or null: a JSON document (such as newsarc's own output).</summary>
    public static string? TextReason(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length >= 2 && (trimmed[0] == '{' && trimmed[^1] == '}' || trimmed[0] == '[' && trimmed[^1] == ']') && IsJson(text))
            return "a JSON document, not a text or HTML article";
        return null;
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text, new System.Text.Json.JsonDocumentOptions { MaxDepth = 256 });
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
