namespace OpenEmploi.Statistics.Model;

/// <summary>
/// Integer counts by packed cell key, for one counting thread: an open-addressing table (keys and
/// counts in two flat arrays, linear probing) instead of <see cref="CellTable"/>'s dictionary of
/// sums. A job-seeker episode costs some twenty increments; in the dictionary, with its buckets,
/// entries and 24-byte sums, each was a few cache misses (38 µs per episode at national scale,
/// docs/benchmarks.md); here it is one probe, mostly one miss. The counted cells then go to the
/// <see cref="CellTable"/> once each, in key order (<see cref="AddTo"/>).
/// </summary>
internal sealed class CellCounts
{
    // A key is stored plus one, so that zero marks an empty slot (packed keys are never negative).
    private long[] _keys;
    private int[] _counts;
    private int _mask;
    private int _shift;

    public CellCounts(int capacity = 1 << 16)
    {
        var size = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity));
        _keys = new long[size];
        _counts = new int[size];
        _mask = size - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
    }

    public int Count { get; private set; }

    public void Add(long packed, int count = 1)
    {
        var stored = packed + 1;
        var slot = Slot(stored);
        while (true)
        {
            var key = _keys[slot];
            if (key == stored)
            {
                _counts[slot] += count;
                return;
            }
            if (key == 0)
                break;
            slot = (slot + 1) & _mask;
        }
        _keys[slot] = stored;
        _counts[slot] = count;
        // Kept at most half full: probes stay short.
        if (++Count * 2 > _keys.Length)
            Grow();
    }

    /// <summary>Adds every count of <paramref name="other"/>, its keys first passed through <paramref name="translate"/>.</summary>
    public void AddAll(CellCounts other, Func<long, long> translate)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(translate);
        for (var i = 0; i < other._keys.Length; i++)
        {
            if (other._keys[i] != 0)
                Add(translate(other._keys[i] - 1), other._counts[i]);
        }
    }

    /// <summary>
    /// Adds every counted cell to <paramref name="table"/> in increasing key order: what the table
    /// receives, and in which order, depends only on the counts, not on how many threads made them.
    /// </summary>
    /// <remarks>The counts are emptied first (this table's arrays released), so they do not live beside the cell table's.</remarks>
    public void AddTo(CellTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var keys = new long[Count];
        var counts = new int[Count];
        var n = 0;
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] == 0)
                continue;
            keys[n] = _keys[i] - 1;
            counts[n++] = _counts[i];
        }
        Clear();
        Array.Sort(keys, counts);
        table.AddCounts(keys, counts);
    }

    private void Clear()
    {
        _keys = new long[16];
        _counts = new int[16];
        _mask = _keys.Length - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)_keys.Length);
        Count = 0;
    }

    // Fibonacci hashing: the key's bits spread by one multiplication, the slot taken from the top bits.
    private int Slot(long stored) => (int)((ulong)stored * 0x9E3779B97F4A7C15UL >> _shift);

    private void Grow()
    {
        var keys = _keys;
        var counts = _counts;
        _keys = new long[keys.Length * 2];
        _counts = new int[keys.Length * 2];
        _mask = _keys.Length - 1;
        _shift--;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == 0)
                continue;
            var slot = Slot(keys[i]);
            while (_keys[slot] != 0)
                slot = (slot + 1) & _mask;
            _keys[slot] = keys[i];
            _counts[slot] = counts[i];
        }
    }
}
