using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Statistics.Computation;

/// <summary>
/// The order of the published cells' primary key in the store (indicator, territory level and
/// code, activity type and code, period, nomenclature and code, characteristic type and code;
/// codes compared byte by byte, as SQLite's BINARY and PostgreSQL's "C" collations do). Cells
/// written in this order are appended to the key's B-tree instead of scattered over it: the
/// computation gives them by internal ids (indicators in the order first met), and at millions
/// of cells the scattered inserts were a large part of a run (docs/benchmarks.md).
/// </summary>
internal sealed class PrimaryKeyOrder : IComparer<PublishedCell>
{
    public static readonly PrimaryKeyOrder Instance = new();

    public int Compare(PublishedCell? x, PublishedCell? y)
    {
        if (ReferenceEquals(x, y))
            return 0;
        if (x is null)
            return -1;
        if (y is null)
            return 1;
        var c = string.CompareOrdinal(x.Indicator, y.Indicator);
        if (c == 0)
            c = ((int)x.TerritoryLevel).CompareTo((int)y.TerritoryLevel);
        if (c == 0)
            c = string.CompareOrdinal(x.TerritoryCode, y.TerritoryCode);
        if (c == 0)
            c = string.CompareOrdinal(x.ActivityType, y.ActivityType);
        if (c == 0)
            c = string.CompareOrdinal(x.ActivityCode, y.ActivityCode);
        if (c == 0)
            c = ((int)x.PeriodKind).CompareTo((int)y.PeriodKind);
        if (c == 0)
            c = string.CompareOrdinal(x.PeriodCode, y.PeriodCode);
        if (c == 0)
            c = string.CompareOrdinal(x.Nomenclature, y.Nomenclature);
        if (c == 0)
            c = string.CompareOrdinal(x.NomenclatureCode, y.NomenclatureCode);
        if (c == 0)
            c = string.CompareOrdinal(x.CharacteristicType, y.CharacteristicType);
        if (c == 0)
            c = string.CompareOrdinal(x.CharacteristicCode, y.CharacteristicCode);
        return c;
    }
}
