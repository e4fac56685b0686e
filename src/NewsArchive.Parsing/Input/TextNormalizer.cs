using System.Globalization;
using System.Text;

namespace NewsArchive.Parsing.Input;

/// <summary>
/// The spec's text rules at character level: <c>\n</c> line ends, Unicode spaces (NBSP and kin) as
/// plain spaces, tabs as four spaces (indentation matters to wire copy), soft hyphens, zero-width and
/// C0/C1 control characters removed, and NFC.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    break;
                case '\n':
                    sb.Append('\n');
                    break;
                case '\t':
                    sb.Append("    ");
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    sb.Append('\n');
                    break;
                // A surrogate without its other half, and the noncharacters U+FFFE and U+FFFF (a byte order mark read the wrong way
                // round), are no text and fail normalisation: the replacement character, as decoders write.
                case >= '\uD800' and <= '\uDBFF' when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    sb.Append(c).Append(text[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF' or '\uFFFE' or '\uFFFF':
                    sb.Append('\uFFFD');
                    break;
                default:
                    if (char.IsControl(c)) break;
                    sb.Append(char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator ? ' ' : c);
                    break;
            }
        }
        var result = sb.ToString();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Collapses whitespace runs to one space and trims: the form of every text value.</summary>
    public static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
