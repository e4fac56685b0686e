using AngleSharp.Dom;

namespace NewsArchive.Parsing.Html;

/// <summary>
/// The words of an element's <c>class</c> and <c>id</c>, lower case: split on whitespace, <c>-</c>, <c>_</c>,
/// <c>:</c> and camelCase humps (<c>articleBody</c> -> <c>article</c>, <c>body</c>), so that tables of
/// tokens match whole words and never inside one (<c>ad</c> is not in <c>header</c>).
/// </summary>
internal static class ClassTokens
{
    public static List<string> Of(IElement element)
    {
        var tokens = new List<string>();
        Split(element.GetAttribute("class"), tokens);
        Split(element.Id, tokens);
        return tokens;
    }

    private static void Split(string? value, List<string> tokens)
    {
        if (string.IsNullOrEmpty(value)) return;
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var separator = !char.IsLetterOrDigit(c);
            var hump = !separator && start >= 0 && char.IsUpper(c) && char.IsLower(value[i - 1]);
            if ((separator || hump) && start >= 0)
            {
                tokens.Add(value[start..i].ToLowerInvariant());
                start = -1;
            }
            if (!separator && start < 0) start = i;
        }
    }
}
