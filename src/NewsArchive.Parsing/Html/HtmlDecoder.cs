using System.Text;
using System.Text.RegularExpressions;
using NewsArchive.Parsing.Input;

namespace NewsArchive.Parsing.Html;

/// <summary>
/// Decodes an HTML page in the order browsers use: a byte order mark (and UTF-16 told by its zero
/// bytes), then the charset the page declares in its first 4 KB (<c>&lt;meta charset&gt;</c>,
/// <c>http-equiv="Content-Type"</c>, the XML declaration), then sniffing (strict UTF-8, else
/// Windows-1252). A page whose bytes are valid multi-byte UTF-8 is read as UTF-8 even when it
/// declares a single-byte charset: such a declaration is wrong, and following it would garble every
/// non-ASCII letter.
/// </summary>
internal static partial class HtmlDecoder
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf-8"] = "utf-8", ["utf8"] = "utf-8", ["unicode-1-1-utf-8"] = "utf-8",
        ["iso-8859-1"] = "windows-1252", ["iso8859-1"] = "windows-1252", ["iso_8859-1"] = "windows-1252", ["latin1"] = "windows-1252",
        ["l1"] = "windows-1252", ["ascii"] = "windows-1252", ["us-ascii"] = "windows-1252", ["cp1252"] = "windows-1252",
        ["windows-1252"] = "windows-1252", ["x-cp1252"] = "windows-1252", ["cp819"] = "windows-1252",
        ["iso-8859-15"] = "iso-8859-15", ["latin9"] = "iso-8859-15", ["l9"] = "iso-8859-15", ["iso-8859-2"] = "iso-8859-2", ["latin2"] = "iso-8859-2",
        ["windows-1250"] = "windows-1250", ["windows-1251"] = "windows-1251", ["koi8-r"] = "koi8-r", ["shift_jis"] = "shift_jis",
        ["sjis"] = "shift_jis", ["x-sjis"] = "shift_jis", ["euc-jp"] = "euc-jp", ["gb2312"] = "gbk", ["gbk"] = "gbk", ["x-gbk"] = "gbk",
        ["gb18030"] = "gb18030", ["big5"] = "big5", ["euc-kr"] = "euc-kr", ["ks_c_5601-1987"] = "euc-kr",
    };

    /// <summary>Re-decodes a page the text decoder read, when its bytes declare another charset; returns the text as it was otherwise.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, DecodedText sniffed, List<string> diagnostics)
    {
        if (sniffed.Encoding.StartsWith("utf-16", StringComparison.Ordinal) || bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return sniffed;
        if (Declared(bytes[..Math.Min(bytes.Length, 4096)]) is not { } label) return sniffed;
        if (label == sniffed.Encoding) return sniffed;
        if (sniffed.Encoding == "utf-8")
        {
            if (!bytes.ContainsAnyExceptInRange((byte)0, (byte)127)) return sniffed;
            diagnostics.Add($"encoding: the page declares {label} but its bytes are UTF-8; read as UTF-8");
            return sniffed;
        }
        if (label == "utf-8")
        {
            diagnostics.Add("encoding: the page declares UTF-8 but holds invalid UTF-8 bytes; they were replaced with U+FFFD");
            return new(Encoding.UTF8.GetString(bytes), "utf-8");
        }
        try
        {
            return new(Encoding.GetEncoding(label).GetString(bytes), label);
        }
        catch (ArgumentException)
        {
            diagnostics.Add($"encoding: the page declares {label}, which newsarc cannot decode; read as {sniffed.Encoding}");
            return sniffed;
        }
    }

    /// <summary>The WHATWG label of the charset declared in the page's head, or null.</summary>
    private static string? Declared(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head);
        var m = Charset().Match(text);
        if (!m.Success) return null;
        var label = m.Groups[1].Value.Trim().Trim('"', '\'');
        if (Labels.TryGetValue(label, out var known)) return known;
        try
        {
            return Encoding.GetEncoding(label).WebName.ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"(?:<meta[^>]{0,200}?charset|<\?xml[^>]{0,100}?encoding)\s{0,5}=\s{0,5}[""']?\s{0,5}([A-Za-z0-9_:.\-]{1,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charset();
}
