using System.Globalization;
using System.Text;

namespace NewsArchive.Storage;

/// <summary>Text folded for matching without regard to case or diacritics: <c>Selenskyj</c>, <c>SELENSKYJ</c> and <c>Sélenskyj</c> are one.</summary>
public static class Fold
{
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c == 'ß') folded.Append("ss");
            else folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }
}
