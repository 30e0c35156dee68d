using System.Runtime.InteropServices;

namespace OpenEmploi.Statistics.Model;

/// <summary>
/// Counted cells of one period, keyed by <see cref="CellKey"/>. Rows are added at the finest
/// level (commune, métier or section); <see cref="RollUp"/> then adds every cell to its
/// territories and activities once, so a row costs a few dictionary increments, not dozens.
/// </summary>
internal sealed class CellTable
{
    private Dictionary<long, CellSums> _cells = [];

    public int Count => _cells.Count;

    public IEnumerable<KeyValuePair<long, CellSums>> Cells => _cells;

    public void Add(in CellKey key, double value)
    {
        ref var sums = ref CollectionsMarshal.GetValueRefOrAddDefault(_cells, key.Packed, out _);
        sums.Value += value;
    }

    /// <summary>One establishment's contribution to a cell: counts the establishment and keeps the largest.</summary>
    public void AddEstablishment(in CellKey key, double value)
    {
        ref var sums = ref CollectionsMarshal.GetValueRefOrAddDefault(_cells, key.Packed, out _);
        sums.Value += value;
        sums.Establishments++;
        sums.Largest = Math.Max(sums.Largest, value);
    }

    public double ValueOf(in CellKey key) => _cells.TryGetValue(key.Packed, out var sums) ? sums.Value : 0;

    public bool TryGet(in CellKey key, out CellSums sums) => _cells.TryGetValue(key.Packed, out sums);

    /// <summary>
    /// Adds every cell to the territories <paramref name="territoryAncestors"/> gives for its (indicator, territory) and to
    /// the activities <paramref name="activityAncestors"/> gives for its (indicator, activity).
    /// Establishment-based cells were added at every activity already (an establishment hiring in
    /// two métiers of a domaine is one establishment of the domaine): they give none; a row
    /// counted by métier and by section reaches "all" through one of the two only.
    /// </summary>
    public void RollUp(Func<int, int, int[]> territoryAncestors, Func<int, int, int[]> activityAncestors)
    {
        var result = new Dictionary<long, CellSums>(_cells.Count * 3);
        foreach (var (packed, sums) in _cells)
        {
            var key = CellKey.Unpack(packed);
            var territories = territoryAncestors(key.Indicator, key.Territory);
            var activitiesAbove = activityAncestors(key.Indicator, key.Activity);
            for (var t = -1; t < territories.Length; t++)
            {
                var territory = t < 0 ? key.Territory : territories[t];
                for (var a = -1; a < activitiesAbove.Length; a++)
                {
                    var target = key with { Territory = territory, Activity = a < 0 ? key.Activity : activitiesAbove[a] };
                    ref var into = ref CollectionsMarshal.GetValueRefOrAddDefault(result, target.Packed, out _);
                    into.Add(sums);
                }
            }
        }
        _cells = result;
    }

    /// <summary>Drops the cells <paramref name="drop"/> picks (by key and value); returns how many.</summary>
    public int DropWhere(Func<CellKey, double, bool> drop)
    {
        var dropped = _cells.Where(c => drop(CellKey.Unpack(c.Key), c.Value.Value)).Select(c => c.Key).ToList();
        foreach (var packed in dropped)
            _cells.Remove(packed);
        return dropped.Count;
    }

    /// <summary>Drops cells whose value is zero: absent means zero, for readers and for the audit alike.</summary>
    public void DropZeros()
    {
        foreach (var packed in _cells.Where(c => c.Value.Value == 0).Select(c => c.Key).ToList())
            _cells.Remove(packed);
    }
}
