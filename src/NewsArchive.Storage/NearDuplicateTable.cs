namespace NewsArchive.Storage;

/// <summary>
/// The index's fingerprints in memory, chained by band value, for <see cref="ArchiveIndex.NearDuplicateOf"/>: a row is
/// a candidate when it shares at least one band with the new fingerprint and is within <see cref="NearDuplicate.MaxDistance"/>
/// bits of it, exactly what the SQL lookup by band selects. In SQLite that lookup fetched every row of six band
/// buckets (about 6 × N / 2,048 rows, each a B-tree lookup) and sorted them: some 60 µs an article at 10,000 articles
/// and 640 µs at 100,000. Here the same buckets are walked as arrays (16 bytes and six links an article), and only the
/// few rows within the distance are then read from the index. The table may hold rows that were removed or replaced
/// since (<see cref="ArchiveIndex"/> confirms each candidate against the row as it is now); it never lacks one, because
/// it is reloaded whenever another connection has written the index.
/// </summary>
internal sealed class NearDuplicateTable
{
    /// <summary>Values of the widest band (11 bits).</summary>
    private const int Buckets = 1 << 11;
    private const int None = -1;

    private readonly int[][] _heads = new int[NearDuplicate.Bands][];
    private readonly int[][] _next = new int[NearDuplicate.Bands][];
    private long[] _hashes = [];
    private long[] _rows = [];
    private int _count;

    public NearDuplicateTable() => Clear();

    public void Clear()
    {
        for (var band = 0; band < NearDuplicate.Bands; band++)
        {
            _heads[band] = new int[Buckets];
            Array.Fill(_heads[band], None);
            _next[band] = new int[256];
        }
        _hashes = new long[256];
        _rows = new long[256];
        _count = 0;
    }

    public void Add(long row, long simhash)
    {
        if (_count == _hashes.Length)
        {
            Array.Resize(ref _hashes, _count * 2);
            Array.Resize(ref _rows, _count * 2);
            for (var band = 0; band < NearDuplicate.Bands; band++) Array.Resize(ref _next[band], _count * 2);
        }
        _hashes[_count] = simhash;
        _rows[_count] = row;
        for (var band = 0; band < NearDuplicate.Bands; band++)
        {
            ref var head = ref _heads[band][NearDuplicate.Band(simhash, band)];
            _next[band][_count] = head;
            head = _count;
        }
        _count++;
    }

    /// <summary>The rows (rowids) that share a band with <paramref name="simhash"/> and are within the distance, each once.</summary>
    public List<long> Within(long simhash)
    {
        var found = new List<long>();
        for (var band = 0; band < NearDuplicate.Bands; band++)
        {
            var next = _next[band];
            for (var i = _heads[band][NearDuplicate.Band(simhash, band)]; i != None; i = next[i])
                if (NearDuplicate.Distance(simhash, _hashes[i]) <= NearDuplicate.MaxDistance && !found.Contains(_rows[i])) found.Add(_rows[i]);
        }
        return found;
    }

    /// <summary>True when the two fingerprints agree on all bits of at least one band.</summary>
    public static bool ShareBand(long a, long b)
    {
        for (var band = 0; band < NearDuplicate.Bands; band++)
            if (NearDuplicate.Band(a, band) == NearDuplicate.Band(b, band)) return true;
        return false;
    }
}
