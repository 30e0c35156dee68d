namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// The lanes of the members an index loaded at once, written once and then only read: per lane one
/// sorted array of (key, slot) pairs packed in a ulong, and a directory of where each value of the
/// key's top 16 bits starts, so that a lookup reads a dozen neighbouring entries. Eight bytes per
/// member and lane where the chains need about eighteen (heads at 80 % load, a "next" cell and
/// the key kept for removal): at a million members, 272 MB instead of about 640. A removed member
/// is not taken out: its slot is marked no longer sealed and its entries are skipped, so the slot
/// may serve another member, threaded in the chains.
/// </summary>
internal sealed class SealedLanes
{
    private const int DirectoryBits = 16;
    private const int DirectorySize = (1 << DirectoryBits) + 1;

    private readonly ulong[][] _entries;
    private readonly int[][] _directory;
    private readonly int[] _counts;
    private ulong[] _sealed;

    /// <summary>Room for <paramref name="slots"/> members in <paramref name="lanes"/> lanes, filled by <see cref="Add"/>, then <see cref="Seal"/>ed.</summary>
    public SealedLanes(int lanes, int slots)
    {
        _entries = new ulong[lanes][];
        _directory = new int[lanes][];
        _counts = new int[lanes];
        for (var lane = 0; lane < lanes; lane++)
            _entries[lane] = new ulong[slots];
        _sealed = new ulong[(slots + 63) / 64];
    }

    /// <summary>Adds a slot's keys (0: not in that lane); before <see cref="Seal"/> only.</summary>
    public void Add(int slot, ReadOnlySpan<uint> keys)
    {
        for (var lane = 0; lane < keys.Length; lane++)
        {
            if (keys[lane] != 0)
                _entries[lane][_counts[lane]++] = ((ulong)keys[lane] << 32) | (uint)slot;
        }
        if (slot >= _sealed.Length * 64)
            Array.Resize(ref _sealed, (slot / 64) + 1);
        _sealed[slot >> 6] |= 1UL << slot;
    }

    /// <summary>Sorts the lanes (on every core) and builds their directories; the arrays are trimmed to what they hold.</summary>
    public void Seal()
    {
        Parallel.For(0, _entries.Length, lane =>
        {
            var entries = _entries[lane];
            if (_counts[lane] < entries.Length)
                Array.Resize(ref entries, _counts[lane]);
            Array.Sort(entries);
            var directory = new int[DirectorySize];
            var at = 0;
            for (var top = 0; top < DirectorySize - 1; top++)
            {
                directory[top] = at;
                while (at < entries.Length && (int)(entries[at] >> (64 - DirectoryBits)) == top)
                    at++;
            }
            directory[DirectorySize - 1] = entries.Length;
            _entries[lane] = entries;
            _directory[lane] = directory;
        });
    }

    /// <summary>True while the slot's sealed entries stand for its member.</summary>
    public bool IsSealed(int slot) => slot < _sealed.Length * 64 && (_sealed[slot >> 6] & (1UL << slot)) != 0;

    /// <summary>The slot's member left (or changed): its entries are skipped from now on.</summary>
    public void Unseal(int slot)
    {
        if (slot < _sealed.Length * 64)
            _sealed[slot >> 6] &= ~(1UL << slot);
    }

    /// <summary>
    /// Where the entries of <paramref name="key"/> end in <paramref name="lane"/> (exclusive): they
    /// run backwards from there while <see cref="SlotAt"/> gives a slot and the key matches, newest
    /// (highest slot) first.
    /// </summary>
    public int End(int lane, uint key)
    {
        var entries = _entries[lane];
        var directory = _directory[lane];
        var top = (int)(key >> (32 - DirectoryBits));
        int low = directory[top], high = directory[top + 1];
        // The first entry past the key's last: (key, any slot) < (key + 1, 0).
        var bound = ((ulong)key << 32) | uint.MaxValue;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (entries[middle] <= bound)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    /// <summary>
    /// <see cref="End"/> of several (lane, key) pairs at once (a key of 0: 0). A lookup probes up
    /// to 34 lanes of a million entries each, a few cache misses per lane: the directory cells of
    /// every pair are read first, then the entries their searches start from, then the searches
    /// run in what is cached, so that the misses of the lanes overlap instead of following one
    /// another. The same ends as <see cref="End"/>, pair by pair.
    /// </summary>
    public void Ends(ReadOnlySpan<int> lanes, ReadOnlySpan<uint> keys, Span<int> ends)
    {
        Span<int> lows = stackalloc int[lanes.Length];
        for (var i = 0; i < lanes.Length; i++)
        {
            var key = keys[i];
            if (key == 0)
            {
                (lows[i], ends[i]) = (0, 0);
                continue;
            }
            var directory = _directory[lanes[i]];
            var top = (int)(key >> (32 - DirectoryBits));
            (lows[i], ends[i]) = (directory[top], directory[top + 1]);
        }
        // Independent loads of the first and last entry of each range (a range is a few cache
        // lines): the processor has them all in flight at once.
        ulong touched = 0;
        for (var i = 0; i < lanes.Length; i++)
        {
            if (ends[i] > lows[i])
            {
                var entries = _entries[lanes[i]];
                touched += entries[lows[i]] ^ entries[ends[i] - 1];
            }
        }
        _touched = touched;
        for (var i = 0; i < lanes.Length; i++)
        {
            if (keys[i] == 0)
                continue;
            var entries = _entries[lanes[i]];
            int low = lows[i], high = ends[i];
            var bound = ((ulong)keys[i] << 32) | uint.MaxValue;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (entries[middle] <= bound)
                    low = middle + 1;
                else
                    high = middle;
            }
            ends[i] = low;
        }
    }

    // Where Ends leaves what its touching loads read, so that the compiler keeps them.
    private ulong _touched;

    /// <summary>The slot of the entry at <paramref name="index"/> when its key is <paramref name="key"/>, else -1.</summary>
    public int SlotAt(int lane, int index, uint key)
    {
        if (index < 0)
            return -1;
        var entry = _entries[lane][index];
        return (uint)(entry >> 32) == key ? (int)(uint)entry : -1;
    }

    /// <summary>Bytes held (benchmarks).</summary>
    public long Footprint()
    {
        var bytes = DuplicateIndex.ArrayBytes(_sealed.Length, 8);
        for (var lane = 0; lane < _entries.Length; lane++)
            bytes += DuplicateIndex.ArrayBytes(_entries[lane].Length, 8) + (_directory[lane] is null ? 0 : DuplicateIndex.ArrayBytes(DirectorySize, 4));
        return bytes;
    }
}
