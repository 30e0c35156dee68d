using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Statistics.Disclosure;

/// <summary>
/// Masks complementary cells until no protected cell can be recomputed from the published ones
/// (<see cref="IntervalAudit"/>). Each round asks the audit which protected cells are pinned; for
/// each, among the relations it is in (fewest masked terms first), the published term of smallest
/// value is masked — the classic "next-smallest part" choice, which loses the least information.
/// Rounds repeat to a fixed point; every choice is ordered by value then cell key, so two runs
/// over the same inputs mask the same cells.
/// </summary>
internal static class SecondarySuppression
{
    /// <summary>Applies the suppression to <paramref name="table"/>; returns how many cells it masked.</summary>
    public static int Apply(DisclosureTable table, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var audit = new IntervalAudit(table);
        var masked = 0;
        for (var round = 1; ; round++)
        {
            var pinned = audit.FindRecoverable();
            if (pinned.Count == 0)
                return masked;
            var maskedThisRound = 0;
            foreach (var cell in pinned)
            {
                var complement = ChooseComplement(table, cell);
                if (complement < 0)
                    throw new InvalidOperationException($"Secret statistique : aucune cellule complémentaire pour protéger la cellule {table.Keys[cell]}.");
                if (table.Masks[complement] is null)
                {
                    table.Masks[complement] = MaskReason.Secondary;
                    maskedThisRound++;
                }
            }
            masked += maskedThisRound;
            progress?.Report($"secret secondaire, passe {round} : {pinned.Count} cellule(s) à protéger, {maskedThisRound} masquée(s)");
        }
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
                if (candidate < 0 || Smaller(table, term, candidate))
                    candidate = term;
            }
            if (candidate >= 0 && (maskedTerms < bestMasked || (maskedTerms == bestMasked && Smaller(table, candidate, best))))
            {
                best = candidate;
                bestMasked = maskedTerms;
            }
        }
        return best;
    }

    private static bool Smaller(DisclosureTable table, int a, int b) =>
        b < 0 || table.Sums[a].Value < table.Sums[b].Value || (table.Sums[a].Value == table.Sums[b].Value && a < b);

    private static IEnumerable<int> Terms(DisclosureTable table, int r)
    {
        yield return table.RelationTotal[r];
        for (var m = table.RelationStart[r]; m < table.RelationStart[r + 1]; m++)
            yield return table.RelationMembers[m];
    }
}
