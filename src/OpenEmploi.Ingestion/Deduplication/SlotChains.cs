namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// A multimap from non-zero 32-bit keys to member slots, in <see cref="Lanes"/> independent lanes
/// (the 32 LSH bands and the exact keys): per lane a <see cref="UIntMap"/> from key to the first
/// slot, and one "next" array threading the slots that share a key. About 16 bytes per slot and
/// lane, instead of one list object per key. The caller gives the keys again to remove a slot
/// (they are in its fingerprint), so none are stored twice. A removal walks its chain, which is
/// short except for texts many offers share, where the lookups that follow cost more anyway.
/// </summary>
internal sealed class SlotChains
{
    public const int None = -1;

    private readonly UIntMap[] _heads;
    private int[] _next = [];

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
        EnsureCapacity(slot);
        var baseIndex = slot * Lanes;
        for (var lane = 0; lane < Lanes; lane++)
        {
            var key = keys[lane];
            if (key == 0)
                continue;
            ref var head = ref _heads[lane].GetOrAdd(key, out var exists);
            _next[baseIndex + lane] = exists ? head : None;
            head = slot;
        }
    }

    /// <summary>Unthreads <paramref name="slot"/>, inserted with these <paramref name="keys"/>.</summary>
    public void Remove(int slot, ReadOnlySpan<uint> keys)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(keys.Length, Lanes);
        var baseIndex = slot * Lanes;
        for (var lane = 0; lane < Lanes; lane++)
        {
            var key = keys[lane];
            if (key == 0)
                continue;
            var heads = _heads[lane];
            ref var head = ref heads.Get(key);
            var next = _next[baseIndex + lane];
            if (head == slot)
            {
                if (next == None)
                    heads.Remove(key);
                else
                    head = next;
                continue;
            }
            var previous = head;
            while (_next[(previous * Lanes) + lane] != slot)
                previous = _next[(previous * Lanes) + lane];
            _next[(previous * Lanes) + lane] = next;
        }
    }

    /// <summary>The first slot under <paramref name="key"/> in <paramref name="lane"/>, or -1.</summary>
    public int First(int lane, uint key) => key != 0 && _heads[lane].TryGetValue(key, out var slot) ? slot : None;

    /// <summary>The slot after <paramref name="slot"/> in its chain of <paramref name="lane"/>, or -1.</summary>
    public int Next(int lane, int slot) => _next[(slot * Lanes) + lane];

    /// <summary>How many distinct keys <paramref name="lane"/> holds.</summary>
    public int KeyCount(int lane) => _heads[lane].Count;

    /// <summary>Bytes held: the heads' cells and the "next" array (benchmarks).</summary>
    public long Footprint()
    {
        var bytes = DuplicateIndex.ArrayBytes(_next.Length, 4);
        foreach (var heads in _heads)
            bytes += heads.Footprint();
        return bytes;
    }

    /// <summary>Room for <paramref name="slots"/> slots, each lane's heads sized for as many keys: a base loaded at once grows nothing twice.</summary>
    public void Reserve(int slots)
    {
        if ((long)slots * Lanes > _next.Length)
            Array.Resize(ref _next, slots * Lanes);
        foreach (var heads in _heads)
            heads.Reserve(slots);
    }

    // A quarter more at a time: at a million members the array is 136 MB, and doubling it for the
    // first offers added after a load would leave most of it empty.
    private void EnsureCapacity(int slot)
    {
        var needed = (slot + 1) * Lanes;
        if (needed <= _next.Length)
            return;
        Array.Resize(ref _next, Math.Max(needed, Math.Max(1024, _next.Length + (_next.Length / 4))));
    }
}
