using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Disclosure;

/// <summary>Turns a table after disclosure control into the cells the store keeps: masked ones without any value.</summary>
internal static class PublishedCells
{
    public static IEnumerable<PublishedCell> From(DisclosureTable table, StatPeriod period)
    {
        ArgumentNullException.ThrowIfNull(table);
        var context = table.Context;
        for (var i = 0; i < table.Keys.Length; i++)
        {
            if (!table.Publishable[i])
                continue;
            var key = CellKey.Unpack(table.Keys[i]);
            double? value = null, percentage = null;
            if (table.Masks[i] is null)
            {
                value = table.Sums[i].Value;
                percentage = ShareOfMain(table, key, value.Value);
            }
            yield return Cell(context, key, period, value, percentage, table.Masks[i]);
        }
    }

    public static PublishedCell Cell(
        StatisticsContext context, in CellKey key, StatPeriod period, double? value, double? percentage, MaskReason? mask)
    {
        var territory = context.Territories[key.Territory];
        var activity = context.Activities[key.Activity];
        var (nomenclature, code, _) = context.Codes.NomenclatureAt(key.Nomenclature);
        var (type, characteristic, _) = context.Codes.CharacteristicAt(key.Characteristic);
        return new PublishedCell(
            context.Codes.IndicatorAt(key.Indicator).Code, territory.Level, territory.Code, activity.Type, activity.Code,
            nomenclature, code, type, characteristic, period.Kind, period.Code,
            mask is null ? value : null, mask is null ? percentage : null, mask);
    }

    /// <summary>A characteristic's share of its main value, when that value is published and at least 30.</summary>
    private static double? ShareOfMain(DisclosureTable table, CellKey key, double value)
    {
        if (key.Characteristic == 0)
            return null;
        var main = table.IndexOf(key with { Characteristic = 0 });
        if (main < 0 || !table.IsKnown(main) || table.Sums[main].Value < PrimaryRules.MinDenominator)
            return null;
        return Math.Round(100 * value / table.Sums[main].Value, 1);
    }
}
