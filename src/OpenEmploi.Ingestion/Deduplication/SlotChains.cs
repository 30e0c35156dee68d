namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// A multimap from non-zero 32-bit keys to member slots, in <see cref="Lanes"/> independent lanes
/// (the 32 LSH bands and the exact keys): per lane a <see cref="UIntMap"/> from key to the first
/// slot, and "next" cells (per slot, one per lane, by pages of slots) threading the slots that
/// share a key. About 16 bytes per slot and lane, instead of one list object per key; the members
/// an index loads at once are kept apart, more compactly (<see cref="SealedLanes"/>). The caller gives the keys again to remove a slot
/// (they are in its fingerprint), so none are stored twice. A removal walks its chain, which is
/// short except for texts many offers share, where the lookups that follow cost more anyway.
/// </summary>
internal sealed class SlotChains
{
    public const int None = -1;

    // The "next" cells in pages of PageSlots slots, allocated when a slot of the page is first
    // threaded: the members an index loaded at once live in SealedLanes and never touch theirs.
    private const int PageBits = 10;
    private const int PageSlots = 1 << PageBits;

    private readonly UIntMap[] _heads;
    private int[]?[] _pages = [];

    public SlotChains(int lanes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lanes);
        Lanes = lanes;
        _heads = new UIntMap[lanes];
        for (var i = 0; i < lanes; i++)
            _heads[i] = new UIntMap();
    }

    public int Lanes { get; }

    /// <summary>Threads <paramref name="slot"/> under its key in every lane; key 0 means "not in this lane".</summary>
    public void Insert(int slot, ReadOnlySpan<uint> keys)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(keys.Length, Lanes);
        var page = Page(slot);
        var baseIndex = (slot & (PageSlots - 1)) * Lanes;
        for (var lane = 0; lane < Lanes; lane++)
        {
            var key = keys[lane];
            if (key == 0)
                continue;
            ref var head = ref _heads[lane].GetOrAdd(key, out var exists);
            page[baseIndex + lane] = exists ? head : None;
            head = slot;
        }
    }

    /// <summary>Unthreads <paramref name="slot"/>, inserted with these <paramref name="keys"/>.</summary>
    public void Remove(int slot, ReadOnlySpan<uint> keys)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(keys.Length, Lanes);
        for (var lane = 0; lane < Lanes; lane++)
        {
            var key = keys[lane];
            if (key == 0)
                continue;
            var heads = _heads[lane];
            ref var head = ref heads.Get(key);
            var next = Next(lane, slot);
            if (head == slot)
            {
                if (next == None)
                    heads.Remove(key);
                else
                    head = next;
                continue;
            }
            var previous = head;
            while (Next(lane, previous) != slot)
                previous = Next(lane, previous);
            NextCell(lane, previous) = next;
        }
    }

    /// <summary>The first slot under <paramref name="key"/> in <paramref name="lane"/>, or -1.</summary>
    public int First(int lane, uint key) => key != 0 && _heads[lane].TryGetValue(key, out var slot) ? slot : None;

    /// <summary>The slot after <paramref name="slot"/> in its chain of <paramref name="lane"/>, or -1.</summary>
    public int Next(int lane, int slot) => NextCell(lane, slot);

    private ref int NextCell(int lane, int slot) => ref _pages[slot >> PageBits]![((slot & (PageSlots - 1)) * Lanes) + lane];

    /// <summary>How many distinct keys <paramref name="lane"/> holds.</summary>
    public int KeyCount(int lane) => _heads[lane].Count;

    /// <summary>Bytes held: the heads' cells and the "next" pages (benchmarks).</summary>
    public long Footprint()
    {
        var bytes = DuplicateIndex.ArrayBytes(_pages.Length, 8);
        foreach (var page in _pages)
            bytes += page is null ? 0 : DuplicateIndex.ArrayBytes(page.Length, 4);
        foreach (var heads in _heads)
            bytes += heads.Footprint();
        return bytes;
    }

    /// <summary>The page of <paramref name="slot"/>'s "next" cells, allocated on first use.</summary>
    private int[] Page(int slot)
    {
        var index = slot >> PageBits;
        if (index >= _pages.Length)
            Array.Resize(ref _pages, Math.Max(index + 1, _pages.Length + (_pages.Length / 4) + 4));
        return _pages[index] ??= new int[PageSlots * Lanes];
    }
}
