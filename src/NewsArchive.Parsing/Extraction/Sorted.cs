namespace NewsArchive.Parsing.Extraction;

/// <summary>Binary search over lists kept in ascending order of an integer key (offsets, positions).</summary>
internal static class Sorted
{
    /// <summary>The index of the first item whose key is not below <paramref name="value"/>: how many items lie before it.</summary>
    public static int LowerBound<T>(IReadOnlyList<T> items, Func<T, int> key, int value)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (key(items[mid]) < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
