using System.Text;
using NewsArchive.Parsing.Input;

namespace NewsArchive.Tests.Input;

public sealed class TextDecoderTests
{
    private const string Umlauts = "Größere Brücken über die Müritz";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<byte[], string> Encodings() => new()
    {
        { Encoding.UTF8.GetBytes(Umlauts), "utf-8" },
        { [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Umlauts)], "utf-8" },
        { [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Umlauts)], "utf-16le" },
        { [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Umlauts)], "utf-16be" },
        { Encoding.Unicode.GetBytes(Umlauts), "utf-16le" },
        { Encoding.GetEncoding(1252).GetBytes(Umlauts), "windows-1252" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Umlauts_come_out_right_whatever_the_encoding(byte[] bytes, string encoding)
    {
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal(Umlauts, decoded.Text);
        Assert.Equal(encoding, decoded.Encoding);
    }

    [Fact]
    public void Windows_1252_quotation_marks_become_unicode()
    {
        var decoded = TextDecoder.Decode([0x84, (byte)'J', (byte)'a', 0x93]);
        Assert.Equal("„Ja“", decoded.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x62, 0x63, 0x20, 0xEF, 0xBF, 0xBE, 0x0A, 0x44, 0x65, 0x66, 0x0A })] // U+FFFE in UTF-8
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x62, 0x00, 0xFF, 0xFF, 0x0A, 0x00, 0x44, 0x00, 0x65, 0x00, 0x0A, 0x00 })] // U+FFFF in UTF-16
    public void A_noncharacter_in_the_text_becomes_the_replacement_character(byte[] bytes)
    {
        var result = NewsArchive.Parsing.ArticleParser.Parse(bytes, null, NewsArchive.Parsing.ParseOptions.Default);

        Assert.Null(result.Error);
        Assert.Contains("\uFFFD", result.Article!.Headline, StringComparison.Ordinal);
    }
}
