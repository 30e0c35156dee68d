using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Disclosure;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Sectors;

/// <summary>
/// SECT_EVOL5: a sector's 5-year change in employees (percentage) and its "growing" flag (value
/// 1: employees grew, and faster than all sectors of France together; else 0). Published when
/// today's employees are published, the figure five years before passes the same rules (it can
/// be recomputed from the change) and is at least 30.
/// </summary>
internal static class SectorGrowth
{
    public static List<PublishedCell> Derive(DisclosureTable table, StatPeriod year)
    {
        var context = table.Context;
        var employees = context.Codes.Indicator(Indicators.Employees);
        var before = context.Codes.Indicator(Indicators.EmployeesFiveYearsBefore);
        var national = Change(table, new CellKey(employees, TerritoryIndex.Nation, ActivityIndex.All,
            context.Codes.Nomenclature(ActivityIndex.Cumul, ActivityIndex.Cumul), 0), before);
        var cells = new List<PublishedCell>();
        for (var i = 0; i < table.Keys.Length; i++)
        {
            var key = CellKey.Unpack(table.Keys[i]);
            if (key.Indicator != employees || !table.Publishable[i])
                continue;
            var past = table.IndexOf(key with { Indicator = before });
            var pastSums = past < 0 ? default : table.Sums[past];
            var pastPublishable = past >= 0 && PrimaryRules.Check(MeasureKind.PeopleByEstablishment, pastSums) is null;
            var mask = PrimaryRules.CheckRatio(pastSums.Value, table.IsKnown(i) && pastPublishable);
            double? change = mask is null ? 100 * (table.Sums[i].Value - pastSums.Value) / pastSums.Value : null;
            double? growing = change is { } c ? (c > 0 && (national is null || c > national + 1e-9) ? 1 : 0) : null;
            var rounded = change is { } r ? Math.Round(r, 1) : (double?)null;
            cells.Add(PublishedCells.Cell(context, key, year, growing, rounded, mask) with { Indicator = Indicators.SectorGrowth });
        }
        return cells;
    }

    private static double? Change(DisclosureTable table, CellKey key, int before)
    {
        var now = table.IndexOf(key);
        var past = table.IndexOf(key with { Indicator = before });
        return now < 0 || past < 0 || table.Sums[past].Value == 0
            ? null
            : 100 * (table.Sums[now].Value - table.Sums[past].Value) / table.Sums[past].Value;
    }
}
