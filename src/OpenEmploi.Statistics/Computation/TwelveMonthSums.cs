using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Disclosure;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Computation;

/// <summary>
/// Entries (DE_5_12M) and exits (DE_SORT_12M) of job seekers and offers registered (OFF_1_12M)
/// over the twelve months ending with the quarter, for every territory, activity, nomenclature
/// value and characteristic the quarterly cells are published for. The four quarters partition
/// the twelve months, so each figure is the sum of the quarterly figures of the same cell (a cell
/// absent from a quarter is zero); a characteristic's share is recomputed over the twelve months,
/// under the same rule of 30 as the quarters'. It is built from the
/// <b>published</b> quarterly cells only: published when all four terms are, masked when any is.
/// Thus a twelve-month figure never tells a reader more than the quarters already published do —
/// no masked quarterly value can be recovered by subtracting the other three from it, and the
/// quarters' secondary suppression covers the twelve-month tables too. Needs the three previous
/// quarters computed first (as the evolutions do); without them no twelve-month cell is published.
/// </summary>
internal static class TwelveMonthSums
{
    public const string Entries = "DE_5_12M";
    public const string Exits = "DE_SORT_12M";
    public const string Offers = "OFF_1_12M";

    private static readonly (string Quarterly, string Rolling)[] Flows =
        [(Indicators.Entries.Code, Entries), (Indicators.Exits.Code, Exits), (Indicators.Offers.Code, Offers)];

    public static async Task<List<PublishedCell>> ComputeAsync(
        IReadOnlyList<PublishedCell> current, IPublishedStatistics store, StatPeriod quarter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(store);
        var earlier = new[] { quarter.Previous, quarter.Previous.Previous, quarter.Previous.Previous.Previous }.Select(p => p.Code).ToList();
        var computed = (await store.GetComputedPeriodsAsync(ct)).Where(p => p.Kind == PeriodKind.Quarter).Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var cells = new List<PublishedCell>();
        if (!earlier.All(computed.Contains))
            return cells;
        foreach (var (quarterly, rolling) in Flows)
        {
            var sums = new Dictionary<CellCoordinates, (double Sum, bool Masked)>();
            foreach (var cell in current.Where(c => c.Indicator == quarterly))
                Add(sums, cell);
            await foreach (var cell in store.ReadAsync(new PublishedCellQuery(quarterly, PeriodKind: PeriodKind.Quarter, PeriodCodes: earlier), ct))
                Add(sums, cell);
            var ordered = sums.OrderBy(s => s.Key.Level).ThenBy(s => s.Key.Territory, StringComparer.Ordinal)
                .ThenBy(s => s.Key.ActivityType, StringComparer.Ordinal).ThenBy(s => s.Key.Activity, StringComparer.Ordinal)
                .ThenBy(s => s.Key.NomenclatureCode, StringComparer.Ordinal).ThenBy(s => s.Key.CharacteristicType, StringComparer.Ordinal)
                .ThenBy(s => s.Key.CharacteristicCode, StringComparer.Ordinal);
            foreach (var (at, (sum, masked)) in ordered)
            {
                double? share = null;
                if (!masked && at.CharacteristicType.Length > 0
                    && sums.TryGetValue(at with { CharacteristicType = "", CharacteristicCode = "" }, out var main)
                    && !main.Masked && main.Sum >= PrimaryRules.MinDenominator)
                    share = Math.Round(100 * sum / main.Sum, 1);
                cells.Add(new PublishedCell(rolling, at.Level, at.Territory, at.ActivityType, at.Activity, at.Nomenclature, at.NomenclatureCode,
                    at.CharacteristicType, at.CharacteristicCode, PeriodKind.Quarter, quarter.Code,
                    masked ? null : sum, share, masked ? MaskReason.Secondary : null));
            }
        }
        return cells;
    }

    private static void Add(Dictionary<CellCoordinates, (double Sum, bool Masked)> sums, PublishedCell cell)
    {
        // Evolution cells repeat earlier values: they are not parts of anything.
        if (cell.CharacteristicType == Evolutions.Characteristic)
            return;
        var at = new CellCoordinates(cell.TerritoryLevel, cell.TerritoryCode, cell.ActivityType, cell.ActivityCode,
            cell.Nomenclature, cell.NomenclatureCode, cell.CharacteristicType, cell.CharacteristicCode);
        var (sum, masked) = sums.GetValueOrDefault(at);
        sums[at] = (sum + (cell.Value ?? 0), masked || cell.IsMasked);
    }

    private readonly record struct CellCoordinates(
        TerritoryLevel Level, string Territory, string ActivityType, string Activity,
        string Nomenclature, string NomenclatureCode, string CharacteristicType, string CharacteristicCode);
}
