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
    /// <summary>One line per indicator, largest first: total, hidden, then each (level × activity type) that has cells.</summary>
    public static IEnumerable<string> Lines(long[] sortedKeys, StatisticsContext context)
    {
        ArgumentNullException.ThrowIfNull(sortedKeys);
        ArgumentNullException.ThrowIfNull(context);
        var counts = new Dictionary<(int Indicator, TerritoryLevel Level, string Activity), long>();
        var hidden = new Dictionary<int, long>();
        var total = new Dictionary<int, long>();
        foreach (var packed in sortedKeys)
        {
            var key = CellKey.Unpack(packed);
            var territory = context.Territories[key.Territory];
            var activity = context.Activities[key.Activity];
            var at = (key.Indicator, territory.Level, activity.Type);
            counts[at] = counts.GetValueOrDefault(at) + 1;
            total[key.Indicator] = total.GetValueOrDefault(key.Indicator) + 1;
            if (!territory.Publishable || !activity.Publishable || (territory.Level == TerritoryLevel.Commune && key.Activity != ActivityIndex.All))
                hidden[key.Indicator] = hidden.GetValueOrDefault(key.Indicator) + 1;
        }
        foreach (var (indicator, cells) in total.OrderByDescending(t => t.Value).ThenBy(t => t.Key))
        {
            var line = new StringBuilder();
            line.Append(CultureInfo.InvariantCulture,
                $"{context.Codes.IndicatorAt(indicator).Code} : {cells:N0} cellules dont {hidden.GetValueOrDefault(indicator):N0} cachées ;");
            foreach (var ((_, level, type), n) in counts.Where(c => c.Key.Indicator == indicator).OrderBy(c => c.Key.Level).ThenBy(c => c.Key.Activity, StringComparer.Ordinal))
                line.Append(CultureInfo.InvariantCulture, $" {level}×{type} {n:N0}");
            yield return line.ToString();
        }
    }
}
