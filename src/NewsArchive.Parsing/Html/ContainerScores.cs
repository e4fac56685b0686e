using AngleSharp.Dom;

namespace NewsArchive.Parsing.Html;

/// <summary>
/// Readability's content scores over <see cref="DomStats"/>: every paragraph of prose scores
/// <c>1 + commas + min(length / 100, 3)</c> and hands it to its parent in full, to its grandparent by
/// half and to three more ancestors by <c>3 × level</c>; an ancestor starts from a bonus for its tag
/// and its class/id words (<c>article-body</c> up, <c>comment</c> down) and ends scaled by
/// <c>1 - link density</c>. One pass over the paragraphs, five ancestors each: linear.
/// </summary>
internal sealed class ContainerScores
{
    private const int Ancestors = 5;
    private readonly DomStats _stats;

    private ContainerScores(DomStats stats)
    {
        _stats = stats;
        Raw = new double[stats.Elements.Count];
        Scored = new bool[stats.Elements.Count];
    }

    private double[] Raw { get; }
    private bool[] Scored { get; }

    /// <summary>The final score: what the paragraphs gave, scaled by the share of text outside links; 0 for an element no paragraph scored.</summary>
    public double Of(int i) => Scored[i] ? Raw[i] * (1 - _stats.LinkDensity(i)) : 0;

    public bool IsScored(int i) => Scored[i];

    /// <summary>The best score of any container in each element's subtree, itself included (one reverse pass).</summary>
    public double[] BestBelow()
    {
        var best = new double[Raw.Length];
        for (var i = Raw.Length - 1; i >= 0; i--)
        {
            best[i] = Math.Max(best[i], Of(i));
            if (_stats.Parent(i) is var parent && parent >= 0 && !_stats.Removed[i]) best[parent] = Math.Max(best[parent], best[i]);
        }
        return best;
    }

    public static ContainerScores Compute(DomStats stats)
    {
        var scores = new ContainerScores(stats);
        for (var i = 0; i < stats.Elements.Count; i++)
        {
            if (stats.OwnProse[i] == 0 || stats.Removed[i]) continue;
            var e = stats.Elements[i];
            var paragraph = e.LocalName is "p" or "pre";
            var commas = paragraph ? stats.Commas[i] : stats.OwnCommas[i];
            var score = 1 + commas + Math.Min(stats.OwnProse[i] / 100, 3);
            // A block of bare lines is a paragraph itself; a block that mixes lines and blocks holds paragraphs.
            var at = paragraph || !stats.HasBlock[i] ? stats.Parent(i) : i;
            for (var level = 0; level < Ancestors && at >= 0; level++, at = stats.Parent(at))
            {
                if (!scores.Scored[at]) { scores.Scored[at] = true; scores.Raw[at] = Initial(stats.Elements[at]); }
                scores.Raw[at] += score / (level switch { 0 => 1, 1 => 2, _ => level * 3 });
            }
        }
        return scores;
    }

    private static double Initial(IElement e)
    {
        var score = e.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + ContentTokens.Weight(e);
    }
}
