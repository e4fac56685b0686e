namespace NewsArchive.Cli;

/// <summary>
/// Puts results that parallel workers finish in any order back into the order of their sequence numbers, so
/// that an import stores files in walk order (the first file of an article is the first one walked, and the
/// same import gives the same archive). Memory stays bounded: while one input is slow (a hostile file), at most
/// <paramref name="maxWaiting"/> later results wait; beyond that they go on out of order rather than pile up.
/// </summary>
internal sealed class WalkOrder<T>(int maxWaiting)
{
    private readonly SortedDictionary<long, T> _waiting = [];
    private readonly HashSet<long> _passedAhead = [];
    private long _next;

    /// <summary>Takes result <paramref name="seq"/> and returns the results that are ready now, in order.</summary>
    public IEnumerable<T> Add(long seq, T item)
    {
        _waiting.Add(seq, item);
        while (_waiting.Count > 0)
        {
            var (first, value) = _waiting.First();
            if (first != _next && _waiting.Count <= maxWaiting) yield break;
            _waiting.Remove(first);
            if (first == _next)
            {
                _next++;
                while (_passedAhead.Remove(_next)) _next++;
            }
            else _passedAhead.Add(first);
            yield return value;
        }
    }
}
