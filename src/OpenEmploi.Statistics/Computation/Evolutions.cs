using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Disclosure;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Computation;

/// <summary>
/// Evolution cells: for each published main value, its value in the previous quarter and in the
/// same quarter a year before (characteristic EVOLUTION, codes TRIMESTRE_PRECEDENT and
/// ANNEE_PRECEDENTE), with the change in % when that earlier value is at least 30. Built only from
/// values already published on both sides, so an evolution never discloses a masked figure.
/// </summary>
internal static class Evolutions
{
    public const string Characteristic = "EVOLUTION";
    public const string PreviousQuarter = "TRIMESTRE_PRECEDENT";
    public const string YearBefore = "ANNEE_PRECEDENTE";

    private static readonly string[] Evolving = ["DE_1", "DE_5", "DE_SORT", "OFF_1", "EMB_1", "DE_5_12M", "DE_SORT_12M", "OFF_1_12M"];

    public static async Task<List<PublishedCell>> ComputeAsync(
        IEnumerable<PublishedCell> current, IPublishedStatistics store, StatPeriod quarter, CancellationToken ct)
    {
        var earlier = new Dictionary<(string, TerritoryLevel, string, string, string, string, string, string), double>();
        foreach (var indicator in Evolving)
        {
            var query = new PublishedCellQuery(indicator, PeriodKind: PeriodKind.Quarter,
                PeriodCodes: [quarter.Previous.Code, quarter.YearBefore.Code]);
            await foreach (var cell in store.ReadAsync(query, ct))
            {
                if (cell.CharacteristicType.Length == 0 && cell.Value is { } value)
                    earlier[(cell.PeriodCode, cell.TerritoryLevel, cell.TerritoryCode, cell.Indicator, cell.ActivityType, cell.ActivityCode, cell.Nomenclature, cell.NomenclatureCode)] = value;
            }
        }
        var evolutions = new List<PublishedCell>();
        if (earlier.Count == 0)
            return evolutions;
        foreach (var cell in current)
        {
            if (cell.CharacteristicType.Length != 0 || cell.Value is not { } now || Array.IndexOf(Evolving, cell.Indicator) < 0)
                continue;
            foreach (var (period, code) in new[] { (quarter.Previous, PreviousQuarter), (quarter.YearBefore, YearBefore) })
            {
                if (!earlier.TryGetValue((period.Code, cell.TerritoryLevel, cell.TerritoryCode, cell.Indicator, cell.ActivityType, cell.ActivityCode, cell.Nomenclature, cell.NomenclatureCode), out var before))
                    continue;
                double? change = before >= PrimaryRules.MinDenominator ? Math.Round(100 * (now - before) / before, 1) : null;
                evolutions.Add(cell with { CharacteristicType = Characteristic, CharacteristicCode = code, Value = before, Percentage = change });
            }
        }
        return evolutions;
    }
}
