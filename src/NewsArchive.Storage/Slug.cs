using System.Globalization;
using System.Text;

namespace NewsArchive.Storage;

/// <summary>
/// A file-name slug from a headline: letters without their accents, lower case, digits, single
/// hyphens, at most <see cref="MaxLength"/> characters, cut at a word. <c>ß</c> is <c>ss</c>, umlauts
/// lose their dots (<c>Selenskyj spricht über „Frieden“</c> → <c>selenskyj-spricht-uber-frieden</c>).
/// </summary>
public static class Slug
{
    public const int MaxLength = 60;

    public static string Of(string? headline)
    {
        var slug = new StringBuilder(MaxLength + 8);
        foreach (var c in (headline ?? "").Normalize(NormalizationForm.FormD))
        {
            if (slug.Length > MaxLength) break;
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c == 'ß') slug.Append("ss");
            else if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString();
        if (text.Length > MaxLength)
        {
            var cut = text.LastIndexOf('-', MaxLength);
            text = text[..(cut > MaxLength / 2 ? cut : MaxLength)];
        }
        text = text.Trim('-');
        return text.Length == 0 ? "article" : text;
    }
}
