using System.Text;
using AngleSharp.Dom;
using NewsArchive.Parsing.Input;

namespace NewsArchive.Parsing.Html;

/// <summary>
/// The text a reader sees in an element: scripts, styles, templates and hidden elements left out,
/// a space for each <c>&lt;br&gt;</c> and block boundary, whitespace collapsed.
/// </summary>
internal static class DomText
{
    private static readonly HashSet<string> Silent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "select", "button", "input", "textarea",
    };

    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span",
        "strong", "sub", "sup", "time", "u", "var", "wbr", "font", "ins", "del", "label", "nobr", "tt", "big",
    };

    public static string Of(INode node)
    {
        var text = new StringBuilder();
        Append(node, text);
        return TextNormalizer.CollapseWhitespace(TextNormalizer.Normalize(text.ToString()));
    }

    /// <summary>Whether the element flows inside a line of text (<c>a</c>, <c>em</c>, <c>span</c>, ...) rather than starting a block.</summary>
    public static bool IsInline(IElement element) => Inline.Contains(element.LocalName);

    public static bool IsSilent(IElement element) =>
        Silent.Contains(element.LocalName) || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true"
        || element.GetAttribute("style") is { } style && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase);

    private static void Append(INode node, StringBuilder text)
    {
        // An explicit stack (null: the space after a block): pages nest deeper than the call stack should.
        var stack = new Stack<INode?>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is null) { text.Append(' '); continue; }
            if (current is IText t) { text.Append(t.Data); continue; }
            if (current is IElement e)
            {
                if (e != node && IsSilent(e)) continue;
                if (e.LocalName == "br") { text.Append(' '); continue; }
                if (!Inline.Contains(e.LocalName)) { text.Append(' '); stack.Push(null); }
            }
            else if (current != node && current is not IDocumentFragment) continue;
            PushChildren(current, stack);
        }
    }

    /// <summary>
    /// Pushes the children of <paramref name="node"/> so that the first is popped first. By index: AngleSharp
    /// finds a node's sibling by searching its parent's child list, so a walk by <c>NextSibling</c> is
    /// quadratic in the width of an element (20,000 paragraphs in one <c>&lt;div&gt;</c>).
    /// </summary>
    public static void PushChildren(INode node, Stack<INode?> stack)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
    }
}
