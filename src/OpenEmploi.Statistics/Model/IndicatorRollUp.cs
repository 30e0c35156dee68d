namespace OpenEmploi.Statistics.Model;

/// <summary>
/// Rolls one indicator's counted cells up to every territory and activity, one target territory
/// at a time, into a dense array over (activity, nomenclature code, characteristic) rather than a
/// dictionary of every rolled-up cell.
/// </summary>
/// <remarks>
/// Why: a dictionary keyed by packed cells was the roll-up's cost and memory at national scale
/// (tens of millions of entries, each increment a cache miss; and a packed key's hash, its two
/// halves xor-ed, folds the territory onto the characteristic, so distinct cells share hash codes
/// more and more as the register fills: 4.8 million cells of <c>DE_1</c> had 2.4 million distinct
/// hash codes at scale 0.02). Here a target territory's cells are few (at most the activities ×
/// the indicator's nomenclature and characteristic codes), so they fit a small array that stays in
/// the cache, and the target territories are independent: they are shared among the threads.
/// <para>
/// Same sums to the last bit as one dictionary filled in counting order: a target territory reads
/// the sources counted in it (its own and its descendants') in counting order, so each cell
/// receives the same additions in the same order, whatever the threads (fractional estimates
/// included). The cells come out sorted by key: target territories in increasing order, and within
/// one, activities then codes in increasing order.
/// </para>
/// </remarks>
internal static class IndicatorRollUp
{
    /// <summary>Territory ids fit in 17 bits of a <see cref="CellKey"/>.</summary>
    private const int TerritoryBound = 0x20000;

    /// <summary>Activity ids fit in 11 bits of a <see cref="CellKey"/>.</summary>
    private const int ActivityBound = 0x800;

    /// <summary>Nomenclature (6 bits) and characteristic (9 bits): a key's lowest 15 bits.</summary>
    private const int CodeBits = 15;

    /// <summary>
    /// The rolled-up cells, sorted by key, of the counted cells <paramref name="keys"/> and
    /// <paramref name="sums"/> of <paramref name="indicator"/>, given in counting order.
    /// </summary>
    public static (long[] Keys, CellSums[] Sums) Run(
        int indicator, long[] keys, CellSums[] sums,
        Func<int, int, int[]> territoryAncestors, Func<int, int, int[]> activityAncestors, int threads)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(sums);
        ArgumentNullException.ThrowIfNull(territoryAncestors);
        ArgumentNullException.ThrowIfNull(activityAncestors);
        var sources = SourcesByTerritory(indicator, keys, territoryAncestors);
        var codes = CodesOf(keys, out var codeOfSource);
        var activities = ActivitiesOf(indicator, keys, activityAncestors, out var activityCount);

        var targets = new List<int>();
        for (var t = 0; t < TerritoryBound; t++)
        {
            if (sources.Start[t + 1] > sources.Start[t])
                targets.Add(t);
        }
        var resultKeys = new long[targets.Count][];
        var resultSums = new CellSums[targets.Count][];
        var next = -1;
        void Work()
        {
            var cells = new DenseCells(activityCount * codes.Length);
            int target;
            while ((target = Interlocked.Increment(ref next)) < targets.Count)
            {
                var territory = targets[target];
                for (var m = sources.Start[territory]; m < sources.Start[territory + 1]; m++)
                {
                    var s = sources.Members[m];
                    var code = codeOfSource[s];
                    foreach (var activity in activities[CellKey.ActivityOf(keys[s])])
                        cells.Add(activity * codes.Length + code, sums[s]);
                }
                var prefix = ((long)indicator << 43) | ((long)territory << 26);
                (resultKeys[target], resultSums[target]) = cells.Drain(i => prefix | ((long)(i / codes.Length) << CodeBits) | (long)codes[i % codes.Length]);
            }
        }
        var workers = Math.Max(1, Math.Min(threads, targets.Count));
        if (workers == 1)
            Work();
        else
        {
            // Plain threads, as IndicatorWork: a few long pieces, which a busy pool would start late.
            var pool = Enumerable.Range(0, workers).Select(_ => new Thread(Work)).ToArray();
            foreach (var thread in pool)
                thread.Start();
            foreach (var thread in pool)
                thread.Join();
        }

        var total = resultKeys.Sum(k => (long)k.Length);
        var outKeys = new long[total];
        var outSums = new CellSums[total];
        var at = 0;
        for (var r = 0; r < resultKeys.Length; r++)
        {
            resultKeys[r].CopyTo(outKeys, at);
            resultSums[r].CopyTo(outSums, at);
            at += resultKeys[r].Length;
            resultKeys[r] = [];
            resultSums[r] = [];
        }
        return (outKeys, outSums);
    }

    /// <summary>For each territory, the sources counted in it (their own territory or one of its ancestors), in counting order.</summary>
    private static (int[] Start, int[] Members) SourcesByTerritory(int indicator, long[] keys, Func<int, int, int[]> territoryAncestors)
    {
        var start = new int[TerritoryBound + 1];
        foreach (var packed in keys)
        {
            var territory = CellKey.TerritoryOf(packed);
            start[territory + 1]++;
            foreach (var above in territoryAncestors(indicator, territory))
                start[above + 1]++;
        }
        for (var t = 0; t < TerritoryBound; t++)
            start[t + 1] += start[t];
        var members = new int[start[TerritoryBound]];
        var cursor = (int[])start.Clone();
        for (var s = 0; s < keys.Length; s++)
        {
            var territory = CellKey.TerritoryOf(keys[s]);
            members[cursor[territory]++] = s;
            foreach (var above in territoryAncestors(indicator, territory))
                members[cursor[above]++] = s;
        }
        return (start, members);
    }

    /// <summary>The (nomenclature, characteristic) codes the sources use, in increasing order, and each source's index among them.</summary>
    private static int[] CodesOf(long[] keys, out int[] codeOfSource)
    {
        var index = new int[1 << CodeBits];
        foreach (var packed in keys)
            index[CellKey.CodesOf(packed)] = 1;
        var codes = new List<int>();
        for (var c = 0; c < index.Length; c++)
        {
            if (index[c] != 0)
            {
                index[c] = codes.Count;
                codes.Add(c);
            }
        }
        codeOfSource = new int[keys.Length];
        for (var s = 0; s < keys.Length; s++)
            codeOfSource[s] = index[CellKey.CodesOf(keys[s])];
        return [.. codes];
    }

    /// <summary>For each activity a source has, the activities it counts in: itself, then its ancestors.</summary>
    private static int[][] ActivitiesOf(int indicator, long[] keys, Func<int, int, int[]> activityAncestors, out int activityCount)
    {
        var lists = new int[ActivityBound][];
        activityCount = 0;
        foreach (var packed in keys)
        {
            var activity = CellKey.ActivityOf(packed);
            if (lists[activity] is not null)
                continue;
            lists[activity] = [activity, .. activityAncestors(indicator, activity)];
            activityCount = Math.Max(activityCount, lists[activity].Max() + 1);
        }
        return lists;
    }

    /// <summary>One target territory's cells, indexed by activity × code; only the touched ones are read and reset.</summary>
    private sealed class DenseCells(int size)
    {
        private readonly CellSums[] _sums = new CellSums[size];
        private readonly bool[] _touched = new bool[size];
        private readonly List<int> _order = [];

        public void Add(int index, in CellSums sums)
        {
            if (!_touched[index])
            {
                _touched[index] = true;
                _order.Add(index);
            }
            _sums[index].Add(sums);
        }

        /// <summary>The touched cells in index order (= key order), keyed by <paramref name="keyOf"/>; leaves the array empty.</summary>
        public (long[] Keys, CellSums[] Sums) Drain(Func<int, long> keyOf)
        {
            _order.Sort();
            var keys = new long[_order.Count];
            var sums = new CellSums[_order.Count];
            for (var i = 0; i < _order.Count; i++)
            {
                var index = _order[i];
                keys[i] = keyOf(index);
                sums[i] = _sums[index];
                _sums[index] = default;
                _touched[index] = false;
            }
            _order.Clear();
            return (keys, sums);
        }
    }
}
