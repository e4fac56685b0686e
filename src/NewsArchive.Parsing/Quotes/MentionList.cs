using NewsArchive.Parsing.Extraction;

namespace NewsArchive.Parsing.Quotes;

/// <summary>
/// The mentions of people in an article in order of position (text index times <see cref="PersonIndex.Stride"/> plus
/// offset), kept per text: noting a speaker shifts only the mentions of its own text, where one list sorted as a whole
/// shifted every later mention in the article (quadratic on a page of 20,000 paragraphs that each name someone). A
/// Fenwick tree of the counts per text finds the nearest earlier text with mentions in logarithmic time, so a look
/// back over empty texts costs no more than one over full ones. The order is exactly the one list's: a mention added
/// later stands before those at the same position.
/// </summary>
internal sealed class MentionList
{
    private readonly List<(Person Person, int Position)>[] _byText;
    /// <summary>Fenwick tree (1-based) of the number of mentions per text.</summary>
    private readonly int[] _counts;

    /// <param name="texts">How many texts there are; mentions past the last text go after it.</param>
    /// <param name="sorted">The first mentions, in ascending order of position.</param>
    public MentionList(int texts, IEnumerable<(Person Person, int Position)> sorted)
    {
        _byText = new List<(Person Person, int Position)>[texts + 1];
        for (var t = 0; t < _byText.Length; t++) _byText[t] = [];
        _counts = new int[_byText.Length + 1];
        foreach (var mention in sorted)
        {
            _byText[TextOf(mention.Position)].Add(mention);
            Count(TextOf(mention.Position));
        }
    }

    /// <summary>Adds a mention before every one at or after its position.</summary>
    public void Insert(Person person, int position)
    {
        var text = _byText[TextOf(position)];
        text.Insert(Sorted.LowerBound(text, m => m.Position, position), (person, position));
        Count(TextOf(position));
    }

    /// <summary>The mentions before <paramref name="position"/>, nearest first.</summary>
    public IEnumerable<(Person Person, int Position)> Before(int position)
    {
        var t = TextOf(position);
        var list = _byText[t];
        for (var i = Sorted.LowerBound(list, m => m.Position, position) - 1; i >= 0; i--) yield return list[i];
        for (t = PreviousWithMentions(t); t >= 0; t = PreviousWithMentions(t))
        {
            list = _byText[t];
            for (var i = list.Count - 1; i >= 0; i--) yield return list[i];
        }
    }

    private int TextOf(int position) => Math.Clamp(position / PersonIndex.Stride, 0, _byText.Length - 1);

    private void Count(int text)
    {
        for (var i = text + 1; i < _counts.Length; i += i & -i) _counts[i]++;
    }

    /// <summary>The last text before <paramref name="text"/> that has mentions, or -1.</summary>
    private int PreviousWithMentions(int text)
    {
        var before = 0;
        for (var i = text; i > 0; i -= i & -i) before += _counts[i];
        if (before == 0) return -1;
        // The first text whose running count reaches all mentions before this text is the last one that has any.
        var at = 0;
        for (var step = HighestBit(_counts.Length - 1); step > 0; step >>= 1)
            if (at + step < _counts.Length && _counts[at + step] < before)
            {
                at += step;
                before -= _counts[at];
            }
        return at;
    }

    private static int HighestBit(int n) => n == 0 ? 0 : 1 << (31 - int.LeadingZeroCount(n));
}
