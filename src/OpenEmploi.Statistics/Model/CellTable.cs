using System.Runtime.InteropServices;

namespace OpenEmploi.Statistics.Model;

/// <summary>
/// Counted cells of one period, keyed by <see cref="CellKey"/>. Rows are added at the finest
/// level (commune, métier or section) into a dictionary; <see cref="RollUp"/> then adds every cell
/// to its territories and activities once, so a row costs a few dictionary increments, not dozens,
/// and leaves the cells as two arrays sorted by key (what the disclosure table reads), not as a
/// dictionary of tens of millions of entries.
/// </summary>
internal sealed class CellTable
{
    private Dictionary<long, CellSums>? _cells = [];
    private long[] _keys = [];
    private CellSums[] _sums = [];

    public int Count => _cells?.Count ?? _keys.Length;

    /// <summary>Whether <see cref="RollUp"/> ran: the cells are then the sorted arrays.</summary>
    public bool IsRolledUp => _cells is null;

    /// <summary>The cells' keys in increasing order, after <see cref="RollUp"/>.</summary>
    public long[] SortedKeys => IsRolledUp ? _keys : throw new InvalidOperationException("Cellules pas encore agrégées.");

    /// <summary>The sums of <see cref="SortedKeys"/>, index for index.</summary>
    public CellSums[] SortedSums => IsRolledUp ? _sums : throw new InvalidOperationException("Cellules pas encore agrégées.");

    public void Add(in CellKey key, double value)
    {
        ref var sums = ref CollectionsMarshal.GetValueRefOrAddDefault(Counting, key.Packed, out _);
        sums.Value += value;
    }

    /// <summary>
    /// Adds counted cells all at once (<see cref="CellCounts"/>, a thread's counts merged): room
    /// for them is made first, instead of the dictionary growing and rehashing step by step.
    /// </summary>
    public void AddCounts(ReadOnlySpan<long> packedKeys, ReadOnlySpan<int> counts)
    {
        var cells = Counting;
        cells.EnsureCapacity(cells.Count + packedKeys.Length);
        for (var i = 0; i < packedKeys.Length; i++)
        {
            ref var sums = ref CollectionsMarshal.GetValueRefOrAddDefault(cells, packedKeys[i], out _);
            sums.Value += counts[i];
        }
    }

    /// <summary>One establishment's contribution to a cell: counts the establishment and keeps the largest.</summary>
    public void AddEstablishment(in CellKey key, double value)
    {
        ref var sums = ref CollectionsMarshal.GetValueRefOrAddDefault(Counting, key.Packed, out _);
        sums.Value += value;
        sums.Establishments++;
        sums.Largest = Math.Max(sums.Largest, value);
    }

    private Dictionary<long, CellSums> Counting => _cells ?? throw new InvalidOperationException("Cellules déjà agrégées : plus d'ajout possible.");

    /// <summary>
    /// Adds every cell to the territories <paramref name="territoryAncestors"/> gives for its (indicator, territory) and to
    /// the activities <paramref name="activityAncestors"/> gives for its (indicator, activity).
    /// Establishment-based cells were added at every activity already (an establishment hiring in
    /// two métiers of a domaine is one establishment of the domaine): they give none; a row
    /// counted by métier and by section reaches "all" through one of the two only.
    /// </summary>
    /// <remarks>
    /// Indicators roll up separately (no cell adds to another indicator's), one after the other,
    /// each on <paramref name="threads"/> threads sharing its target territories
    /// (<see cref="IndicatorRollUp"/>): the job seekers' stock, most of the cells, uses every
    /// core. Within an indicator each cell receives its additions in the order the cells were
    /// counted, as one dictionary over all indicators would, so every sum, fractional estimates
    /// included, is the same to the last bit whatever the threads.
    /// </remarks>
    public void RollUp(Func<int, int, int[]> territoryAncestors, Func<int, int, int[]> activityAncestors, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(territoryAncestors);
        ArgumentNullException.ThrowIfNull(activityAncestors);
        var counted = Counting;
        // The counted cells by indicator, in counting order (a dictionary enumerates its entries
        // in insertion order when none was removed, and counting never removes one).
        var perIndicator = new int[0x100];
        foreach (var packed in counted.Keys)
            perIndicator[CellKey.IndicatorOf(packed)]++;
        var sourceKeys = new long[perIndicator.Length][];
        var sourceSums = new CellSums[perIndicator.Length][];
        for (var i = 0; i < perIndicator.Length; i++)
        {
            sourceKeys[i] = new long[perIndicator[i]];
            sourceSums[i] = new CellSums[perIndicator[i]];
            perIndicator[i] = 0;
        }
        foreach (var (packed, sums) in counted)
        {
            var indicator = CellKey.IndicatorOf(packed);
            sourceKeys[indicator][perIndicator[indicator]] = packed;
            sourceSums[indicator][perIndicator[indicator]++] = sums;
        }
        _cells = null;
        var keys = new long[perIndicator.Length][];
        var values = new CellSums[perIndicator.Length][];
        for (var i = 0; i < perIndicator.Length; i++)
        {
            (keys[i], values[i]) = perIndicator[i] == 0
                ? ([], [])
                : IndicatorRollUp.Run(i, sourceKeys[i], sourceSums[i], territoryAncestors, activityAncestors,
                    threads <= 0 ? IndicatorWork.DefaultThreads : threads);
            sourceKeys[i] = [];
            sourceSums[i] = [];
        }
        // Indicators are the keys' highest bits: their sorted runs, one after another, are sorted.
        _keys = new long[keys.Sum(k => (long)k.Length)];
        _sums = new CellSums[_keys.Length];
        var at = 0;
        for (var p = 0; p < keys.Length; p++)
        {
            keys[p].CopyTo(_keys, at);
            values[p].CopyTo(_sums, at);
            at += keys[p].Length;
            keys[p] = [];
            values[p] = [];
        }
    }

    /// <summary>Drops the cells <paramref name="drop"/> picks (by key and value); returns how many.</summary>
    public int DropWhere(Func<CellKey, double, bool> drop)
    {
        ArgumentNullException.ThrowIfNull(drop);
        if (!IsRolledUp)
        {
            var picked = Counting.Where(c => drop(CellKey.Unpack(c.Key), c.Value.Value)).Select(c => c.Key).ToList();
            foreach (var packed in picked)
                Counting.Remove(packed);
            return picked.Count;
        }
        // Compacted in place: the kept cells stay in key order, as the disclosure table needs.
        var kept = 0;
        for (var i = 0; i < _keys.Length; i++)
        {
            if (drop(CellKey.Unpack(_keys[i]), _sums[i].Value))
                continue;
            _keys[kept] = _keys[i];
            _sums[kept++] = _sums[i];
        }
        var dropped = _keys.Length - kept;
        if (dropped > 0)
        {
            Array.Resize(ref _keys, kept);
            Array.Resize(ref _sums, kept);
        }
        return dropped;
    }

    /// <summary>Drops cells whose value is zero: absent means zero, for readers and for the audit alike.</summary>
    public void DropZeros() => DropWhere((_, value) => value == 0);
}
