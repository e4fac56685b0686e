using AngleSharp.Dom;

namespace NewsArchive.Parsing.Html;

/// <summary>
/// Text measures of every visible element under a root, computed once, bottom-up, in two linear passes
/// (no recursion: pages nest thousands deep): visible text length, the part of it inside links, commas,
/// and the same for the element's own inline text (text nodes and inline children, as in a
/// <c>&lt;div&gt;</c> that holds text between <c>&lt;br&gt;</c>s). The first pass sees the whole page and
/// decides which chrome (<see cref="Boilerplate"/>) to drop; the second measures what is left.
/// </summary>
internal sealed class DomStats
{
    private readonly List<IElement> _elements = [];
    private readonly List<int> _parents = [];
    private readonly Dictionary<IElement, int> _index = new(ReferenceEqualityComparer.Instance);

    /// <summary>Text inside a link is link text however deep it stands (a teaser card: <c>&lt;a&gt;&lt;div&gt;&lt;p&gt;…</c>).</summary>
    private readonly List<bool> _inLink = [];

    private DomStats(IElement root)
    {
        var stack = new Stack<(IElement Element, int Parent)>();
        stack.Push((root, -1));
        while (stack.Count > 0)
        {
            var (element, parent) = stack.Pop();
            if (parent >= 0 && DomText.IsSilent(element)) continue;
            _index[element] = _elements.Count;
            _elements.Add(element);
            _parents.Add(parent);
            _inLink.Add(element.LocalName == "a" || parent >= 0 && _inLink[parent]);
            var self = _elements.Count - 1;
            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
                if (children[c] is IElement child) stack.Push((child, self));
        }
        var n = _elements.Count;
        Removed = new bool[n];
        Text = new int[n]; Links = new int[n]; Commas = new int[n];
        OwnText = new int[n]; OwnLinks = new int[n]; OwnCommas = new int[n]; OwnBreaks = new int[n];
        HasBlock = new bool[n]; Prose = new int[n]; OwnProse = new int[n];
    }

    /// <summary>Elements in document order (pre-order); index 0 is the root.</summary>
    public IReadOnlyList<IElement> Elements => _elements;

    public bool[] Removed { get; }
    public int[] Text { get; }
    public int[] Links { get; }
    public int[] Commas { get; }
    public int[] OwnText { get; }
    public int[] OwnLinks { get; }
    public int[] OwnCommas { get; }
    public int[] OwnBreaks { get; }
    public bool[] HasBlock { get; }

    /// <summary>Length of the paragraph-like text below the element (blocks of 25+ characters, mostly not links).</summary>
    public int[] Prose { get; }

    /// <summary>The part of <see cref="Prose"/> counted at the element itself: a paragraph's text, or a <c>&lt;div&gt;</c>'s own lines.</summary>
    public int[] OwnProse { get; }

    public int Parent(int i) => _parents[i];

    public int IndexOf(IElement element) => _index.TryGetValue(element, out var i) ? i : -1;

    public static DomStats Measure(IElement root)
    {
        var stats = new DomStats(root);
        stats.Accumulate();
        var total = stats.Prose[0];
        var insideArticle = new bool[stats._elements.Count];
        for (var i = 1; i < stats._elements.Count; i++)
        {
            var e = stats._elements[i];
            var parent = stats._parents[i];
            insideArticle[i] = insideArticle[parent] || stats._elements[parent].LocalName is "article" or "main";
            stats.Removed[i] = stats.Removed[parent]
                || Boilerplate.IsChrome(e, insideArticle[i]) && (Boilerplate.Strong(e) || stats.Prose[i] < Boilerplate.MayHoldArticle * total || total == 0);
        }
        stats.Accumulate();
        return stats;
    }

    /// <summary>An element that starts a line: not inline, or inline but wrapping blocks (<c>&lt;a&gt;&lt;div&gt;</c>).</summary>
    public bool IsBlock(int i) => !IsInlineTag(_elements[i]) || HasBlock[i];

    public static bool IsInlineTag(IElement e) => DomText.IsInline(e) || e.LocalName is "br" or "img" or "picture" or "source";

    public double LinkDensity(int i) => Text[i] == 0 ? 0 : Math.Min(1, Links[i] / (double)Text[i]);

    private void Accumulate()
    {
        Array.Clear(Text); Array.Clear(Links); Array.Clear(Commas); Array.Clear(OwnText); Array.Clear(OwnLinks);
        Array.Clear(OwnCommas); Array.Clear(OwnBreaks); Array.Clear(HasBlock); Array.Clear(Prose); Array.Clear(OwnProse);
        // Reverse document order visits every child before its parent.
        for (var i = _elements.Count - 1; i >= 0; i--)
        {
            var e = _elements[i];
            foreach (var node in e.ChildNodes)
            {
                if (node is not IText t) continue;
                var (length, commas) = Measure(t.Data);
                Text[i] += length; Commas[i] += commas; OwnText[i] += length; OwnCommas[i] += commas;
            }
            if (_inLink[i]) { Links[i] = Text[i]; OwnLinks[i] = OwnText[i]; }
            if (e.LocalName is "p" or "pre" || IsBlock(i) && !IsHeadingOrItem(e) && OwnText[i] >= 25)
            {
                var (length, links) = e.LocalName is "p" or "pre" ? (Text[i], Links[i]) : (OwnText[i], OwnLinks[i]);
                if (length >= 25 && links * 2 < length) { Prose[i] += length; OwnProse[i] = length; }
            }
            var parent = _parents[i];
            if (parent < 0 || Removed[i]) continue;
            Text[parent] += Text[i]; Links[parent] += Links[i]; Commas[parent] += Commas[i]; Prose[parent] += Prose[i];
            if (e.LocalName == "br") OwnBreaks[parent]++;
            else if (IsBlock(i)) HasBlock[parent] = true;
            else { OwnText[parent] += Text[i]; OwnLinks[parent] += Links[i]; OwnCommas[parent] += Commas[i]; OwnBreaks[parent] += OwnBreaks[i]; }
        }
    }

    /// <summary>Headings and list items hold their own text, but prose does not live there.</summary>
    public static bool IsHeadingOrItem(IElement e) => e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "dt" or "th";

    /// <summary>Visible length (whitespace runs count once) and commas of a text node.</summary>
    private static (int Length, int Commas) Measure(string text)
    {
        int length = 0, commas = 0;
        var space = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { if (!space) length++; space = true; continue; }
            space = false;
            length++;
            if (c is ',' or '\u060C' or '\uFE50' or '\uFE10' or '\uFE11' or '\u2E41' or '\u2E34' or '\u2E32' or '\uFF0C' or '\u3001') commas++;
        }
        return (length, commas);
    }
}
