using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Disclosure;

/// <summary>
/// What a reader can deduce about every unpublished cell from the published ones: starting from
/// what publication itself tells (a published value exactly; a masked cell exists, so at least 1;
/// a hidden cell at least 0), each relation total = Σ parts
/// narrows the bounds of its terms, until nothing changes. A protected cell whose interval shrinks
/// to one value is recoverable. Interval propagation may miss what a full linear program would
/// find only in intricate cases; the suppression and the tests use this same reader.
/// </summary>
internal sealed class IntervalAudit
{
    /// <summary>Bounds narrowing by one at a time around a loop of relations could run long: a cap, far above what tables need.</summary>
    private const int MaxReadsPerRelation = 1_000;

    private readonly List<int> _moved = [];

    public IntervalAudit(DisclosureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
        Low = new double[table.Keys.Length];
        High = new double[table.Keys.Length];
        LowBy = new int[table.Keys.Length];
        HighBy = new int[table.Keys.Length];
    }

    public DisclosureTable Table { get; }

    public double[] Low { get; }

    public double[] High { get; }

    /// <summary>The relation that last raised each cell's lower bound; -1 while it is what publication alone tells.</summary>
    public int[] LowBy { get; }

    /// <summary>The relation that last lowered each cell's upper bound; -1 while it is what publication alone tells.</summary>
    public int[] HighBy { get; }

    /// <summary>Relations read by the last <see cref="FindRecoverable"/>.</summary>
    public long Reads { get; private set; }

    /// <summary>Relations read by every <see cref="IsStillPinnedNearby"/> so far.</summary>
    public long NearbyReads { get; private set; }

    /// <summary>Propagates from the current masks and returns the protected cells whose value is pinned, in index order.</summary>
    /// <remarks>
    /// Each indicator's web of relations is propagated on its own (no relation joins two), on the
    /// table's threads. Within a web the work list takes the relations in the order one list over
    /// the whole table would (the web's relations in index order, then each relation again as a
    /// term of it moves), so the bounds and the relation recorded as having set each of them are
    /// the same whatever the threads, and so are the complements chosen from them.
    /// </remarks>
    public List<int> FindRecoverable()
    {
        var t = Table;
        PrepareWalks();
        var pinnedByWeb = new List<int>[t.WebCount];
        var readsByWeb = new long[t.WebCount];
        IndicatorWork.Run(t.WebCount, w => t.WebRelationStart[w + 1] - t.WebRelationStart[w] + (t.WebStart[w + 1] - t.WebStart[w]),
            w => pinnedByWeb[w] = FindRecoverableIn(w, out readsByWeb[w]), t.Threads);
        Reads = readsByWeb.Sum();
        var pinned = new List<int>(pinnedByWeb.Sum(p => p.Count));
        foreach (var web in pinnedByWeb)
            pinned.AddRange(web);
        return pinned;
    }

    private List<int> FindRecoverableIn(int w, out long reads)
    {
        var t = Table;
        int cellFrom = t.WebStart[w], cellTo = t.WebStart[w + 1];
        int relationFrom = t.WebRelationStart[w], relationTo = t.WebRelationStart[w + 1];
        Array.Fill(LowBy, -1, cellFrom, cellTo - cellFrom);
        Array.Fill(HighBy, -1, cellFrom, cellTo - cellFrom);
        for (var i = cellFrom; i < cellTo; i++)
        {
            if (t.IsKnown(i))
            {
                Low[i] = High[i] = t.Sums[i].Value;
            }
            else if (t.Publishable[i])
            {
                // Readers are told a cell is masked, not why: "small count" would add "at most 10",
                // and a table of small cells would then give itself away whatever else is masked.
                Low[i] = 1;
                High[i] = double.PositiveInfinity;
            }
            else
            {
                Low[i] = 0;
                High[i] = double.PositiveInfinity;
            }
        }
        // A work list rather than sweeps: a relation is read again only when one of its terms moved.
        var relations = relationTo - relationFrom;
        var queued = new bool[relations];
        var queue = new Queue<int>(relations);
        for (var r = relationFrom; r < relationTo; r++)
        {
            // A relation made only of published values is exact already: it narrows nothing.
            if (HasUnknownTerm(r))
            {
                queue.Enqueue(r);
                queued[r - relationFrom] = true;
            }
        }
        long budget = (long)MaxReadsPerRelation * Math.Max(1, relations);
        reads = 0;
        var moved = new List<int>();
        while (queue.Count > 0 && budget-- > 0)
        {
            reads++;
            var r = queue.Dequeue();
            queued[r - relationFrom] = false;
            moved.Clear();
            Propagate(r, moved);
            foreach (var cell in moved)
            {
                for (var k = t.CellRelationStart[cell]; k < t.CellRelationStart[cell + 1]; k++)
                {
                    var next = t.CellRelations[k];
                    if (!queued[next - relationFrom])
                    {
                        queued[next - relationFrom] = true;
                        queue.Enqueue(next);
                    }
                }
            }
        }
        var pinned = new List<int>();
        for (var i = cellFrom; i < cellTo; i++)
        {
            if (t.IsProtected(i) && High[i] - Low[i] < 0.5)
                pinned.Add(i);
        }
        return pinned;
    }

    /// <summary>
    /// Whether <paramref name="cell"/> is still pinned once its neighbourhood is read again: the
    /// unknown cells nearest to it (through relations, until about <paramref name="maxRelations"/>
    /// relations are in reach) get back the bounds publication alone gives, and every relation of
    /// those cells narrows them again. Cells beyond keep what the last propagation found, which is
    /// at least as narrow as the truth since cells were only masked after it; a cell's relations
    /// are all read, so the neighbourhood's result is at least as narrow as the full audit's too.
    /// "Not pinned" here therefore means not pinned by the full audit either; "pinned" may be too
    /// cautious, and the next full audit settles it.
    /// </summary>
    public bool IsStillPinnedNearby(int cell, int maxRelations)
    {
        var t = Table;
        var relations = new List<int>();
        var inReach = new HashSet<int>();
        var reset = new List<int>();
        var seen = new HashSet<int> { cell };
        var frontier = new Queue<int>([cell]);
        while (frontier.Count > 0 && relations.Count < maxRelations)
        {
            // A cell is reset only with all its relations in reach: a relation left out could have
            // narrowed it, and the neighbourhood would then answer wider than the truth.
            var next = frontier.Dequeue();
            reset.Add(next);
            for (var k = t.CellRelationStart[next]; k < t.CellRelationStart[next + 1]; k++)
            {
                var r = t.CellRelations[k];
                if (!inReach.Add(r))
                    continue;
                relations.Add(r);
                NearbyReads++;
                foreach (var term in TermsOf(r))
                {
                    if (!t.IsKnown(term) && seen.Add(term))
                        frontier.Enqueue(term);
                }
            }
        }
        foreach (var c in reset)
        {
            Low[c] = t.Publishable[c] ? 1 : 0;
            High[c] = double.PositiveInfinity;
            LowBy[c] = HighBy[c] = -1;
        }
        var queued = new HashSet<int>(relations);
        var queue = new Queue<int>(relations);
        long budget = (long)MaxReadsPerRelation * Math.Max(1, relations.Count);
        while (queue.Count > 0)
        {
            // Stopped before the fixed point, the bounds could be too wide: answer "pinned", the cautious side.
            if (budget-- <= 0)
                return true;
            var r = queue.Dequeue();
            queued.Remove(r);
            NearbyReads++;
            _moved.Clear();
            Propagate(r, _moved);
            foreach (var moved in _moved)
            {
                for (var k = t.CellRelationStart[moved]; k < t.CellRelationStart[moved + 1]; k++)
                {
                    var next = t.CellRelations[k];
                    if (inReach.Contains(next) && queued.Add(next))
                        queue.Enqueue(next);
                }
            }
        }
        return High[cell] - Low[cell] < 0.5;
    }

    /// <summary>
    /// The published cells a bound of <paramref name="cell"/> was derived from, as the last
    /// propagation recorded it: the relation that set the bound, then for each unknown term of it
    /// the relation that set the bound it lent (a total's lower bound takes its parts' lower
    /// bounds; a part's takes the total's lower and the other parts' upper bounds), down to
    /// published values (a 1 lending its lower bound left out: masked, it would lend the same).
    /// Masking one of them widens that derivation; another one may still pin
    /// the cell, which the next pass finds. At most <paramref name="maxSteps"/> bounds are followed.
    /// <paramref name="stale"/> tells that the derivation goes through a cell masked since the
    /// propagation (it still holds its published value as bounds): the derivation is broken already.
    /// </summary>
    /// <remarks>
    /// Followed for every cell a pass pins (millions on a large table), so it allocates nothing
    /// per bound: the bounds seen are stamped in two arrays over the cells with a number drawn
    /// for this walk from its web's counter (a web is walked by one thread at a time, and no walk
    /// leaves its web). A broken derivation ends the walk at once: the caller skips the cell
    /// whatever else it found, so the terms are then left incomplete.
    /// </remarks>
    public List<int> KnownTermsBehind(int cell, bool lowBound, int maxSteps, out bool stale)
    {
        var t = Table;
        var known = new List<int>();
        var stack = _walkStack ??= new Stack<(int Cell, bool Low)>();
        stack.Clear();
        var web = WebOf(cell);
        var stamp = ++_walkStamps![web];
        var seenLow = _seenLow!;
        var seenHigh = _seenHigh!;
        var broken = false;
        (lowBound ? seenLow : seenHigh)[cell] = stamp;
        var seen = 1;
        stack.Push((cell, lowBound));
        while (stack.Count > 0 && seen <= maxSteps && !broken)
        {
            var (next, low) = stack.Pop();
            var r = low ? LowBy[next] : HighBy[next];
            if (r < 0)
                continue;
            var total = t.RelationTotal[r];
            if (next == total)
            {
                for (var m = t.RelationStart[r]; m < t.RelationStart[r + 1]; m++)
                    Visit(t.RelationMembers[m], low);
            }
            else
            {
                Visit(total, low);
                for (var m = t.RelationStart[r]; m < t.RelationStart[r + 1]; m++)
                {
                    if (t.RelationMembers[m] != next)
                        Visit(t.RelationMembers[m], !low);
                }
            }
        }
        stale = broken;
        return known;

        void Visit(int term, bool low)
        {
            var marks = low ? seenLow : seenHigh;
            if (marks[term] == stamp)
                return;
            marks[term] = stamp;
            seen++;
            if (t.IsKnown(term))
            {
                // A published cell lends its value; masked, it would lend "at least 1" as a lower
                // bound and nothing as an upper one: masking a 1 that lends its lower bound widens nothing.
                if (!low || t.Sums[term].Value > 1.5)
                    known.Add(term);
            }
            else if (LowBy[term] < 0 && HighBy[term] < 0 && t.Publishable[term] && High[term] - Low[term] < 0.5)
                broken = true;
            else
                stack.Push((term, low));
        }
    }

    [ThreadStatic]
    private static Stack<(int Cell, bool Low)>? _walkStack;

    private int[]? _seenLow;
    private int[]? _seenHigh;
    private int[]? _walkStamps;

    /// <summary>Allocates what <see cref="KnownTermsBehind"/> stamps; call before walking on several threads.</summary>
    public void PrepareWalks()
    {
        _seenLow ??= new int[Table.Keys.Length];
        _seenHigh ??= new int[Table.Keys.Length];
        _walkStamps ??= new int[Math.Max(1, Table.WebCount)];
    }

    private int WebOf(int cell)
    {
        var at = Array.BinarySearch(Table.WebStart, cell);
        return at >= 0 ? Math.Min(at, Table.WebCount - 1) : ~at - 1;
    }

    private IEnumerable<int> TermsOf(int r)
    {
        yield return Table.RelationTotal[r];
        for (var m = Table.RelationStart[r]; m < Table.RelationStart[r + 1]; m++)
            yield return Table.RelationMembers[m];
    }

    private bool HasUnknownTerm(int r)
    {
        var t = Table;
        if (!t.IsKnown(t.RelationTotal[r]))
            return true;
        for (var m = t.RelationStart[r]; m < t.RelationStart[r + 1]; m++)
        {
            if (!t.IsKnown(t.RelationMembers[m]))
                return true;
        }
        return false;
    }

    private void Propagate(int r, List<int> moved)
    {
        var t = Table;
        var total = t.RelationTotal[r];
        int from = t.RelationStart[r], to = t.RelationStart[r + 1];
        double sumLow = 0, sumHigh = 0;
        var infinite = 0;
        for (var m = from; m < to; m++)
        {
            var c = t.RelationMembers[m];
            sumLow += Low[c];
            if (double.IsPositiveInfinity(High[c]))
                infinite++;
            else
                sumHigh += High[c];
        }
        Tighten(r, total, sumLow, infinite > 0 ? double.PositiveInfinity : sumHigh, moved);
        for (var m = from; m < to; m++)
        {
            var c = t.RelationMembers[m];
            var othersLow = sumLow - Low[c];
            var cInfinite = double.IsPositiveInfinity(High[c]);
            var othersHigh = infinite - (cInfinite ? 1 : 0) > 0 ? double.PositiveInfinity : sumHigh - (cInfinite ? 0 : High[c]);
            var low = double.IsPositiveInfinity(othersHigh) ? double.NegativeInfinity : Low[total] - othersHigh;
            var high = High[total] - othersLow;
            Tighten(r, c, low, high, moved);
        }
    }

    private void Tighten(int r, int cell, double low, double high, List<int> moved)
    {
        var changed = false;
        // Counts are whole numbers: a bound is rounded inwards, and a change under a half is noise.
        low = Math.Ceiling(low - 1e-6);
        high = Math.Floor(high + 1e-6);
        if (low > Low[cell] + 0.5)
        {
            Low[cell] = low;
            LowBy[cell] = r;
            changed = true;
        }
        if (high < High[cell] - 0.5)
        {
            High[cell] = high;
            HighBy[cell] = r;
            changed = true;
        }
        if (changed)
            moved.Add(cell);
    }
}
