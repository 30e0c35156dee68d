using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Disclosure;

/// <summary>
/// Which published cell to give up when one must be masked to protect another, in the spirit of
/// the statistical offices' hierarchical method (τ-Argus's HiTaS): the upper cells are decided
/// first and stay fixed, so a complement is taken as low in the hierarchy as possible. The
/// territories' totals (all occupations, ABC or the indicator's main category, no characteristic)
/// are what dashboards and maps show first: any breakdown cell goes before them. Among breakdowns,
/// a commune before a zone d'emploi or an EPCI, those before a département, a département before
/// its région, a région before France; within one territory, the deepest (a métier before its
/// domaine, a category before ABC, a characteristic's code before the main value). Then the
/// smallest value (which loses the least information), then the cell key, so two runs agree.
/// </summary>
internal static class ComplementCost
{
    /// <summary>
    /// How detailed a cell is; higher is cheaper to mask. The totals readers look for first (all
    /// occupations, the main category, no characteristic) come before every breakdown, France's
    /// before a région's, a région's before a département's…; then the breakdowns, by territory
    /// level (France 1 … commune 6) and, within one territory, by depth (activity ancestors, a
    /// nomenclature part, a characteristic's code).
    /// </summary>
    public static int Rank(StatisticsContext context, in CellKey key)
    {
        ArgumentNullException.ThrowIfNull(context);
        var depth = context.Activities.AncestorsOf(key.Activity).Length
            + (context.Codes.NomenclatureAt(key.Nomenclature).Parent >= 0 ? 1 : 0)
            + (key.Characteristic != 0 ? 1 : 0);
        var level = (int)context.Territories[key.Territory].Level;
        return depth == 0 ? level : 16 + (level * 8) + depth;
    }

    /// <summary>Whether <paramref name="a"/> is a cheaper complement than <paramref name="b"/> (any cell beats none, b &lt; 0).</summary>
    public static bool Cheaper(DisclosureTable table, int a, int b)
    {
        if (b < 0)
            return true;
        if (table.Rank[a] != table.Rank[b])
            return table.Rank[a] > table.Rank[b];
        return SecondarySuppression.Smaller(table, a, b);
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> lies above <paramref name="cell"/> in the hierarchy (an
    /// upper territory, or the same territory with fewer breakdowns): a cell HiTaS would have fixed
    /// before it, to be given up only when nothing in the cell's own sub-table can protect it.
    /// </summary>
    public static bool IsAbove(DisclosureTable table, int candidate, int cell) => table.Rank[candidate] < table.Rank[cell];
}
