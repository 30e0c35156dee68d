using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Disclosure;

/// <summary>
/// The exposures a reader sees in one relation alone, from what publication tells (a published
/// value exactly, a masked cell at least 1, a hidden one at least 0): a protected term that is the
/// relation's only unknown, or unknown parts of a published total that can only take their least
/// values (a total of 3 with three masked parts: each is 1). Each is closed by masking the
/// relation's cheapest published term (<see cref="ComplementCost"/>: the most detailed, then the
/// smallest); a work list then re-reads only the relations of
/// the cells just masked, since a relation whose terms did not change cannot expose anything new.
/// This is the first step of <see cref="IntervalAudit"/>'s propagation, done incrementally: it
/// leaves the audit only the exposures that run through chains of relations.
/// </summary>
/// <remarks>
/// Each indicator's web has its own work list, on the table's threads: no relation joins two
/// webs, and within a web the list takes the relations in the order one list over the whole table
/// would, so the same cells are masked whatever the threads.
/// </remarks>
internal sealed class LocalExposures(DisclosureTable table)
{
    private readonly bool[] _queued = new bool[table.RelationCount];

    /// <summary>Relations read so far.</summary>
    public long Reads { get; private set; }

    /// <summary>Reads every relation once, then those around each cell it masks; returns how many it masked.</summary>
    public int CloseAll() => CloseByWeb(w =>
    {
        var queue = new Queue<int>(table.WebRelationStart[w + 1] - table.WebRelationStart[w]);
        for (var r = table.WebRelationStart[w]; r < table.WebRelationStart[w + 1]; r++)
            Enqueue(queue, r);
        return queue;
    });

    /// <summary>Reads the relations of <paramref name="cells"/> (just masked), then those around each cell it masks.</summary>
    public int CloseAround(IEnumerable<int> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var ordered = cells.ToList();
        return CloseByWeb(w =>
        {
            var queue = new Queue<int>();
            foreach (var cell in ordered)
            {
                if (cell >= table.WebStart[w] && cell < table.WebStart[w + 1])
                    EnqueueRelationsOf(queue, cell);
            }
            return queue;
        });
    }

    private int CloseByWeb(Func<int, Queue<int>> start)
    {
        var masked = new int[table.WebCount];
        var reads = new long[table.WebCount];
        IndicatorWork.Run(table.WebCount, w => table.WebRelationStart[w + 1] - table.WebRelationStart[w],
            w => masked[w] = Drain(start(w), out reads[w]), table.Threads);
        Reads += reads.Sum();
        return masked.Sum();
    }

    /// <summary>Whether relation <paramref name="r"/> alone gives away a protected term.</summary>
    public bool IsExposed(int r)
    {
        var total = table.RelationTotal[r];
        var unknown = 0;
        var anyProtected = false;
        double knownParts = 0, leastParts = 0;
        for (var m = table.RelationStart[r]; m < table.RelationStart[r + 1]; m++)
        {
            var part = table.RelationMembers[m];
            if (table.IsKnown(part))
            {
                knownParts += table.Sums[part].Value;
                continue;
            }
            unknown++;
            anyProtected |= table.IsProtected(part);
            if (table.Publishable[part])
                leastParts += 1;
        }
        var totalKnown = table.IsKnown(total);
        if (!totalKnown)
        {
            unknown++;
            anyProtected |= table.IsProtected(total);
        }
        if (!anyProtected)
            return false;
        return unknown == 1 || (totalKnown && table.Sums[total].Value - knownParts < leastParts + 0.5);
    }

    private int Drain(Queue<int> queue, out long reads)
    {
        var masked = 0;
        reads = 0;
        while (queue.Count > 0)
        {
            var r = queue.Dequeue();
            _queued[r] = false;
            reads++;
            if (!IsExposed(r))
                continue;
            var complement = CheapestPublished(r);
            // Cannot happen: an exposed relation has a published total or a published part.
            if (complement < 0)
                throw new InvalidOperationException($"Secret statistique : relation {r} exposée sans terme publié à masquer.");
            table.Masks[complement] = MaskReason.Secondary;
            masked++;
            EnqueueRelationsOf(queue, complement);
        }
        return masked;
    }

    private int CheapestPublished(int r)
    {
        var best = table.IsKnown(table.RelationTotal[r]) ? table.RelationTotal[r] : -1;
        for (var m = table.RelationStart[r]; m < table.RelationStart[r + 1]; m++)
        {
            var part = table.RelationMembers[m];
            if (table.IsKnown(part) && ComplementCost.Cheaper(table, part, best))
                best = part;
        }
        return best;
    }

    private void EnqueueRelationsOf(Queue<int> queue, int cell)
    {
        for (var k = table.CellRelationStart[cell]; k < table.CellRelationStart[cell + 1]; k++)
            Enqueue(queue, table.CellRelations[k]);
    }

    private void Enqueue(Queue<int> queue, int r)
    {
        if (_queued[r])
            return;
        _queued[r] = true;
        queue.Enqueue(r);
    }
}
