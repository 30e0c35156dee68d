using System.Globalization;
using System.Text;
using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Statistics.Model;

/// <summary>
/// How many rolled-up cells each indicator has, by territorial level and activity type, and how
/// many of them are hidden (never published: métiers by commune, unknown places and activities).
/// Printed after the roll-up, so a run at one scale tells where the cells of the next scale will
/// be (the roll-up, the disclosure table and the audit all cost per cell).
/// </summary>
internal static class CellCensus
{
    private static readonly string[] ActivityTypes = ["CUMUL", "GRAND_DOMAINE", "DOMAINE", "ROME", "NAF"];

    /// <summary>One line per indicator, largest first: total, hidden, then each (level × activity type) that has cells.</summary>
    public static IEnumerable<string> Lines(long[] sortedKeys, StatisticsContext context)
    {
        ArgumentNullException.ThrowIfNull(sortedKeys);
        ArgumentNullException.ThrowIfNull(context);
        // One pass over the keys with array counters: the census runs on tens of millions of cells.
        var levels = Enum.GetValues<TerritoryLevel>();
        var levelOf = new int[context.Territories.Count];
        var territoryHidden = new bool[context.Territories.Count];
        for (var t = 0; t < levelOf.Length; t++)
        {
            levelOf[t] = Array.IndexOf(levels, context.Territories[t].Level);
            territoryHidden[t] = !context.Territories[t].Publishable;
        }
        var typeOf = new int[context.Activities.Count];
        var activityHidden = new bool[context.Activities.Count];
        for (var a = 0; a < typeOf.Length; a++)
        {
            typeOf[a] = Math.Max(0, Array.IndexOf(ActivityTypes, context.Activities[a].Type));
            activityHidden[a] = !context.Activities[a].Publishable;
        }
        var communeLevel = Array.IndexOf(levels, TerritoryLevel.Commune);
        var counts = new long[0x100, levels.Length, ActivityTypes.Length];
        var hidden = new long[0x100];
        var total = new long[0x100];
        foreach (var packed in sortedKeys)
        {
            var indicator = CellKey.IndicatorOf(packed);
            var territory = CellKey.TerritoryOf(packed);
            var activity = CellKey.ActivityOf(packed);
            counts[indicator, levelOf[territory], typeOf[activity]]++;
            total[indicator]++;
            if (territoryHidden[territory] || activityHidden[activity] || (levelOf[territory] == communeLevel && activity != ActivityIndex.All))
                hidden[indicator]++;
        }
        foreach (var indicator in Enumerable.Range(0, total.Length).Where(i => total[i] > 0).OrderByDescending(i => total[i]).ThenBy(i => i))
        {
            var line = new StringBuilder();
            line.Append(CultureInfo.InvariantCulture,
                $"{context.Codes.IndicatorAt(indicator).Code} : {total[indicator]:N0} cellules dont {hidden[indicator]:N0} cachées ;");
            for (var l = 0; l < levels.Length; l++)
            {
                for (var a = 0; a < ActivityTypes.Length; a++)
                {
                    if (counts[indicator, l, a] > 0)
                        line.Append(CultureInfo.InvariantCulture, $" {levels[l]}×{ActivityTypes[a]} {counts[indicator, l, a]:N0}");
                }
            }
            yield return line.ToString();
        }
    }
}
