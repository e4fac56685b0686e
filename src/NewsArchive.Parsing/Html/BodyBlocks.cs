using System.Text;
using AngleSharp.Dom;
using NewsArchive.Parsing.Input;
using NewsArchive.Parsing.Model;

namespace NewsArchive.Parsing.Html;

/// <summary>
/// Reads the article's containers in document order into paragraphs: each block that holds only inline
/// content (<c>&lt;p&gt;</c>, <c>&lt;h2&gt;</c>, <c>&lt;li&gt;</c>, a bare <c>&lt;div&gt;</c>) is one
/// paragraph; text held directly in a block beside other blocks is cut into lines at each
/// <c>&lt;br&gt;</c> and block. Left out: chrome (<see cref="Boilerplate"/>), boxes mostly of links with
/// few commas (related stories, tag lists: readability's conditional cleaning), lines mostly of links,
/// the <c>&lt;h1&gt;</c> and figures (their pictures are <see cref="MainContent"/>'s).
/// Walks with an explicit stack and reads each element's text once: linear on any nesting.
/// </summary>
internal sealed class BodyBlocks
{
    private const double MaxBoxLinkDensity = 0.33;
    private const double MaxLineLinkDensity = 0.5;
    private const int CommasOfProse = 10;

    private readonly DomStats _stats;
    private readonly List<string> _paragraphs = [];
    private readonly StringBuilder _line = new();

    private BodyBlocks(DomStats stats) => _stats = stats;

    public static List<string> Read(DomStats stats, IEnumerable<int> roots)
    {
        var reader = new BodyBlocks(stats);
        foreach (var root in roots) reader.Walk(stats.Elements[root]);
        return reader._paragraphs;
    }

    private void Walk(IElement root)
    {
        // null marks the end of a block: the line collected so far ends there.
        var stack = new Stack<INode?>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is null) { Flush(); continue; }
            if (node is IText text) { _line.Append(text.Data); continue; }
            if (node is not IElement e) continue;
            var i = _stats.IndexOf(e);
            if (i < 0) continue;
            var block = _stats.IsBlock(i);
            if (_stats.Removed[i] || e != root && block && IsLinkBox(i) || e.LocalName == "h1") { if (block) Flush(); continue; }
            if (e.LocalName == "br") { Flush(); continue; }
            if (e.LocalName == "figure") { Flush(); continue; }
            if (!block) { DomText.PushChildren(e, stack); continue; }
            Flush();
            if (!_stats.HasBlock[i] || e.LocalName is "p" or "pre" || IsTableRow(e)) { Paragraph(i); continue; }
            stack.Push(null);
            DomText.PushChildren(e, stack);
        }
        Flush();
    }

    /// <summary>A row of plain cells reads as one line (<c>3 Jana Beispiel 5033 4</c>), not one paragraph per cell.</summary>
    private bool IsTableRow(IElement e)
    {
        if (e.LocalName != "tr") return false;
        foreach (var cell in e.ChildNodes)
            if (cell is IElement element && _stats.IndexOf(element) is var c && c >= 0 && _stats.HasBlock[c]) return false;
        return true;
    }

    /// <summary>A box of links with little prose: related stories, tags, a table of contents.</summary>
    private bool IsLinkBox(int i) => _stats.HasBlock[i] && _stats.Commas[i] < CommasOfProse && _stats.LinkDensity(i) > MaxBoxLinkDensity;

    private void Paragraph(int i)
    {
        if (_stats.LinkDensity(i) > MaxLineLinkDensity) return;
        var text = DomText.Of(_stats.Elements[i]);
        if (text.Length > 0) _paragraphs.Add(text);
    }

    private void Flush()
    {
        if (_line.Length == 0) return;
        var text = TextNormalizer.CollapseWhitespace(TextNormalizer.Normalize(_line.ToString()));
        _line.Clear();
        if (text.Length > 0) _paragraphs.Add(text);
    }

    /// <summary>A figure's picture: its image address, its caption, and the credit an element of the caption names (<c>class="credit"</c>).</summary>
    public static ArticleImage? Figure(IElement figure)
    {
        var src = figure.QuerySelector("img")?.GetAttribute("src");
        string? credit = null;
        foreach (var e in figure.QuerySelectorAll("[class]"))
            if (ClassTokens.Of(e).Any(t => t is "credit" or "credits" or "copyright" or "source" or "photographer"))
            {
                credit = HtmlReader.Clean(DomText.Of(e));
                break;
            }
        var caption = figure.QuerySelector("figcaption") is { } c ? HtmlReader.Clean(DomText.Of(c)) : null;
        if (caption is not null && credit is not null && caption.EndsWith(credit, StringComparison.Ordinal)) caption = HtmlReader.Clean(caption[..^credit.Length]);
        if (caption is null && credit is null && string.IsNullOrEmpty(src)) return null;
        return new ArticleImage(caption, credit, string.IsNullOrEmpty(src) ? null : src);
    }
}
