using System.Diagnostics;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Disclosure;

/// <summary>
/// Masks complementary cells until no protected cell can be recomputed from the published ones
/// (<see cref="IntervalAudit"/>). Most exposures are visible within one relation (a protected
/// term alone among published ones, or masked terms that can only be 1 each): a work list over
/// the relations, re-reading only those that touch a cell just masked, closes them all before the
/// first audit and after every pass (<see cref="LocalExposures"/>). What is left is found by the
/// full audit (a value pinned through a chain of relations); each such cell gets complements
/// chosen as the hierarchical method would (<see cref="ComplementsFor"/>, <see cref="ComplementCost"/>):
/// the most detailed published cell its value rests on, the territories' totals last. Passes
/// repeat to a fixed point; every choice is ordered by cost, value then cell key, so two runs
/// over the same inputs mask the same cells.
/// </summary>
/// <remarks>
/// The full audit is run again from scratch after each pass rather than only around the cells a
/// pass masked: masking a cell widens the intervals that were derived from its value, and those
/// can lie anywhere along the chains of relations (a whole indicator is one connected web through
/// the hidden métier-by-commune cells), so a partial re-audit would keep stale, too narrow bounds.
/// The local closure is what keeps the number of full passes small.
/// </remarks>
internal static class SecondarySuppression
{
    /// <summary>Below this many cells pinned by a pass, each is settled within its neighbourhood before the next pass.</summary>
    private const int FewPinned = 1_000;

    /// <summary>Neighbourhood checks per pass, at most (each reads up to <see cref="NeighbourhoodRelations"/> relations).</summary>
    private const int MaxNearbyChecks = 5_000;

    /// <summary>Bounds followed back, at most, to find the published cells a pinned cell's value was derived from.</summary>
    private const int DerivationSteps = 300;

    /// <summary>How far the neighbourhood check reads (relations, nearest first).</summary>
    private const int NeighbourhoodRelations = 20_000;

    /// <summary>Applies the suppression to <paramref name="table"/>; returns how many cells it masked.</summary>
    public static int Apply(DisclosureTable table, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var local = new LocalExposures(table);
        var masked = local.CloseAll();
        progress?.Report($"secret secondaire, relations une à une : {masked:N0} masquée(s) ({local.Reads:N0} lectures de relations sur {table.RelationCount:N0})");
        var audit = new IntervalAudit(table);
        for (var round = 1; ; round++)
        {
            var started = Stopwatch.GetTimestamp();
            var pinned = audit.FindRecoverable();
            if (pinned.Count == 0)
                return masked;
            var audited = Stopwatch.GetTimestamp();
            var newlyMasked = ComplementsOfPinned(table, audit, pinned);
            var chosen = Stopwatch.GetTimestamp();
            // The last few cells are often pinned again through the next chain of relations, or
            // their complements are: one link per full pass. Settle each, and each complement it
            // takes, within its neighbourhood before the next pass.
            if (pinned.Count <= FewPinned)
                SettleNearby(table, audit, pinned, newlyMasked);
            if (newlyMasked.Count == 0)
            {
                var complement = SearchComplement(table, pinned[0]);
                if (complement < 0)
                {
                    throw new InvalidOperationException(
                        $"Secret statistique : aucune cellule complémentaire pour protéger {Describe(table, pinned[0])} "
                        + $"(intervalle [{audit.Low[pinned[0]]}, {audit.High[pinned[0]]}]) ; relations : {Relations(table, audit, pinned[0])}");
                }
                Mask(table, complement, newlyMasked);
            }
            var settled = Stopwatch.GetTimestamp();
            var closed = local.CloseAround(newlyMasked);
            masked += newlyMasked.Count + closed;
            // Where a pass's time goes (wall, seconds): the audit, the complements of its pinned
            // cells, the neighbourhood checks, the closure by relation.
            progress?.Report($"secret secondaire, passe {round} : {pinned.Count} cellule(s) à protéger, {newlyMasked.Count + closed} masquée(s) "
                + $"dont {closed} par les relations voisines ({audit.Reads:N0} lectures de relations sur {table.RelationCount:N0}, {table.Keys.Length:N0} cellules ; "
                + $"audit {Stopwatch.GetElapsedTime(started, audited).TotalSeconds:F1} s, compléments {Stopwatch.GetElapsedTime(audited, chosen).TotalSeconds:F1} s, "
                + $"voisinage {Stopwatch.GetElapsedTime(chosen, settled).TotalSeconds:F1} s, relations {Stopwatch.GetElapsedTime(settled).TotalSeconds:F1} s)");
        }
    }

    /// <summary>
    /// The complements of a pass, each web's pinned cells in index order on the table's threads:
    /// a web's complements depend only on its own cells, and the webs' lists are joined in index
    /// order, so the list is the one a single thread would make.
    /// </summary>
    private static List<int> ComplementsOfPinned(DisclosureTable table, IntervalAudit audit, List<int> pinned)
    {
        var byWeb = new List<int>[table.WebCount];
        var pinnedFrom = new int[table.WebCount + 1];
        for (var w = 0; w < table.WebCount; w++)
        {
            var at = pinned.BinarySearch(table.WebStart[w + 1]);
            pinnedFrom[w + 1] = at >= 0 ? at : ~at;
        }
        audit.PrepareWalks();
        IndicatorWork.Run(table.WebCount, w => pinnedFrom[w + 1] - pinnedFrom[w], w =>
        {
            var masked = new List<int>();
            // A cell pinned only through a chain (a domaine that is its grand domaine's only part)
            // has no published term beside it: the cell at the chain's root, pinned too, gets one.
            for (var p = pinnedFrom[w]; p < pinnedFrom[w + 1]; p++)
            {
                var cell = pinned[p];
                if (table.IsKnown(cell))
                    continue;
                foreach (var complement in ComplementsFor(table, audit, cell))
                    Mask(table, complement, masked);
            }
            byWeb[w] = masked;
        }, table.Threads);
        var newlyMasked = new List<int>(byWeb.Sum(m => m.Count));
        foreach (var masked in byWeb)
            newlyMasked.AddRange(masked);
        return newlyMasked;
    }

    private static void SettleNearby(DisclosureTable table, IntervalAudit audit, List<int> pinned, List<int> newlyMasked)
    {
        var toCheck = new Queue<int>(pinned.Concat(newlyMasked));
        // Never more than a full pass would read: on a small table a neighbourhood is most of it.
        var budget = audit.NearbyReads + (2L * table.RelationCount);
        var reach = Math.Min(NeighbourhoodRelations, Math.Max(100, table.RelationCount / 20));
        var checks = 0;
        while (toCheck.Count > 0 && checks++ < MaxNearbyChecks && audit.NearbyReads < budget)
        {
            var cell = toCheck.Dequeue();
            if (table.IsKnown(cell) || !audit.IsStillPinnedNearby(cell, reach))
                continue;
            var before = newlyMasked.Count;
            foreach (var complement in ComplementsFor(table, audit, cell))
                Mask(table, complement, newlyMasked);
            if (newlyMasked.Count == before)
                continue;
            // The cell again (another relation may still pin it), then what was just masked.
            toCheck.Enqueue(cell);
            for (var i = before; i < newlyMasked.Count; i++)
                toCheck.Enqueue(newlyMasked[i]);
        }
    }

    /// <summary>
    /// The complements that unpin <paramref name="cell"/>, taken within its own sub-table when
    /// possible (HiTaS): a published term of every relation that pins it, if none of them lies
    /// above the cell in the hierarchy (<see cref="ComplementCost.IsAbove"/>); otherwise the
    /// cheapest published cell its bounds were derived from, which reaches down the chains of
    /// relations to the cells below (a département's sibling, a commune) rather than up to the
    /// totals already decided; an upper cell only when nothing else protects it.
    /// </summary>
    private static List<int> ComplementsFor(DisclosureTable table, IntervalAudit audit, int cell)
    {
        var behind = -1;
        foreach (var low in (bool[])[true, false])
        {
            var terms = audit.KnownTermsBehind(cell, low, DerivationSteps, out var stale);
            foreach (var term in terms)
            {
                if (ComplementCost.Cheaper(table, term, behind))
                    behind = term;
            }
            // A complement taken this pass for another cell broke this derivation already: the
            // next audit tells whether the cell is still pinned, rather than masking one more now.
            if (stale)
                return [];
        }
        var tight = TightComplements(table, audit, cell);
        if (tight.Count > 0 && !tight.Exists(c => ComplementCost.IsAbove(table, c, cell)))
            return tight;
        if (behind >= 0 && !ComplementCost.IsAbove(table, behind, cell))
            return [behind];
        // Everything the derivation rests on lies above the cell: a published term of the cell's
        // own relations, if one is cheaper, rather than a total already decided.
        var own = ChooseComplement(table, cell);
        if (own >= 0 && ComplementCost.Cheaper(table, own, behind) && (tight.Count == 0 || tight.Exists(c => ComplementCost.Cheaper(table, own, c))))
            return [own];
        if (behind >= 0 && tight.Count == 0)
            return [behind];
        return tight.Count > 0 ? tight : own >= 0 ? [own] : [];
    }

    /// <summary>
    /// The relations that pin <paramref name="cell"/> from below and from above (those whose
    /// implied bound equals its interval's end); on the side with fewer of them, each must lose a
    /// published term, else another of them keeps the cell pinned. Empty when some pinning
    /// relation has no published term (the cell is pinned through a chain).
    /// </summary>
    private static List<int> TightComplements(DisclosureTable table, IntervalAudit audit, int cell)
    {
        var below = new List<int>();
        var above = new List<int>();
        for (var k = table.CellRelationStart[cell]; k < table.CellRelationStart[cell + 1]; k++)
        {
            var r = table.CellRelations[k];
            var (low, high) = Implied(table, audit, r, cell);
            if (low >= audit.Low[cell] - 0.5)
                below.Add(r);
            if (high <= audit.High[cell] + 0.5)
                above.Add(r);
        }
        var side = below.Count <= above.Count && below.Count > 0 ? below : above.Count > 0 ? above : below;
        var complements = new List<int>();
        foreach (var r in side)
        {
            var candidate = -1;
            foreach (var term in Terms(table, r))
            {
                if (table.IsKnown(term) && ComplementCost.Cheaper(table, term, candidate))
                    candidate = term;
            }
            if (candidate < 0)
                return [];
            complements.Add(candidate);
        }
        return complements;
    }

    /// <summary>The bounds relation <paramref name="r"/> alone gives <paramref name="cell"/>, from the others' current bounds.</summary>
    private static (double Low, double High) Implied(DisclosureTable table, IntervalAudit audit, int r, int cell)
    {
        double low = 0, high = 0;
        var total = table.RelationTotal[r];
        if (total == cell)
        {
            for (var m = table.RelationStart[r]; m < table.RelationStart[r + 1]; m++)
            {
                low += audit.Low[table.RelationMembers[m]];
                high += audit.High[table.RelationMembers[m]];
            }
            return (low, high);
        }
        double othersLow = 0, othersHigh = 0;
        for (var m = table.RelationStart[r]; m < table.RelationStart[r + 1]; m++)
        {
            var member = table.RelationMembers[m];
            if (member == cell)
                continue;
            othersLow += audit.Low[member];
            othersHigh += audit.High[member];
        }
        return (audit.Low[total] - othersHigh, audit.High[total] - othersLow);
    }

    private static void Mask(DisclosureTable table, int cell, List<int> newlyMasked)
    {
        if (cell < 0 || table.Masks[cell] is not null)
            return;
        table.Masks[cell] = MaskReason.Secondary;
        newlyMasked.Add(cell);
    }

    /// <summary>
    /// Walks the relations outwards from <paramref name="cell"/> through unpublished cells, nearest
    /// first, to the first one with a published term to mask.
    /// </summary>
    private static int SearchComplement(DisclosureTable table, int cell)
    {
        var seen = new HashSet<int> { cell };
        var queue = new Queue<int>([cell]);
        while (queue.Count > 0)
        {
            var next = queue.Dequeue();
            var complement = ChooseComplement(table, next);
            if (complement >= 0)
                return complement;
            for (var k = table.CellRelationStart[next]; k < table.CellRelationStart[next + 1]; k++)
            {
                foreach (var term in Terms(table, table.CellRelations[k]))
                {
                    if (seen.Add(term))
                        queue.Enqueue(term);
                }
            }
        }
        return -1;
    }

    private static string Relations(DisclosureTable table, IntervalAudit audit, int cell)
    {
        var text = new System.Text.StringBuilder();
        for (var k = table.CellRelationStart[cell]; k < table.CellRelationStart[cell + 1]; k++)
        {
            text.Append(" | ");
            foreach (var term in Terms(table, table.CellRelations[k]))
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"[{Describe(table, term)} {table.Masks[term]} {audit.Low[term]}..{audit.High[term]}] ");
        }
        return text.ToString();
    }

    /// <summary>A cell in words, for errors: indicator, territory, activity, nomenclature, characteristic.</summary>
    public static string Describe(DisclosureTable table, int cell)
    {
        var c = PublishedCells.Cell(table.Context, Model.CellKey.Unpack(table.Keys[cell]), default, null, null, null);
        return $"{c.Indicator} {c.TerritoryLevel} {c.TerritoryCode} {c.ActivityType} {c.ActivityCode} {c.Nomenclature}={c.NomenclatureCode} "
            + $"{c.CharacteristicType}={c.CharacteristicCode} (valeur {table.Sums[cell].Value}, publiable {table.Publishable[cell]})";
    }

    private static int ChooseComplement(DisclosureTable table, int cell)
    {
        var best = -1;
        var bestMasked = int.MaxValue;
        for (var k = table.CellRelationStart[cell]; k < table.CellRelationStart[cell + 1]; k++)
        {
            var r = table.CellRelations[k];
            var maskedTerms = 0;
            var candidate = -1;
            foreach (var term in Terms(table, r))
            {
                if (!table.IsKnown(term))
                {
                    maskedTerms++;
                    continue;
                }
                if (ComplementCost.Cheaper(table, term, candidate))
                    candidate = term;
            }
            if (candidate >= 0 && (maskedTerms < bestMasked || (maskedTerms == bestMasked && ComplementCost.Cheaper(table, candidate, best))))
            {
                best = candidate;
                bestMasked = maskedTerms;
            }
        }
        return best;
    }

    internal static bool Smaller(DisclosureTable table, int a, int b) =>
        b < 0 || table.Sums[a].Value < table.Sums[b].Value || (table.Sums[a].Value == table.Sums[b].Value && a < b);

    private static IEnumerable<int> Terms(DisclosureTable table, int r)
    {
        yield return table.RelationTotal[r];
        for (var m = table.RelationStart[r]; m < table.RelationStart[r + 1]; m++)
            yield return table.RelationMembers[m];
    }
}
