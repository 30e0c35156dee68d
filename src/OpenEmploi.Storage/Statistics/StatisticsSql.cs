using System.Globalization;
using System.Text;
using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Storage.Statistics;

/// <summary>The SQL of the published statistics; both providers run the same text.</summary>
internal static class StatisticsSql
{
    public const string CellColumns =
        "indicator, territory_level, territory_code, activity_type, activity_code, period_kind, period_code, "
        + "nomenclature, nomenclature_code, characteristic_type, characteristic_code, value, percentage, mask";

    public const string InsertCell =
        $"INSERT INTO statistics_cells ({CellColumns}) VALUES (@indicator, @territory_level, @territory_code, @activity_type, "
        + "@activity_code, @period_kind, @period_code, @nomenclature, @nomenclature_code, @characteristic_type, "
        + "@characteristic_code, @value, @percentage, @mask)";

    public const string CopyCells = $"COPY statistics_cells ({CellColumns}) FROM STDIN (FORMAT BINARY)";

    public const string DeletePeriodCells = "DELETE FROM statistics_cells WHERE period_kind = @period_kind AND period_code = @period_code";

    public const string DeletePeriod = "DELETE FROM statistics_periods WHERE period_kind = @period_kind AND period_code = @period_code";

    public const string InsertPeriod =
        "INSERT INTO statistics_periods (period_kind, period_code, computed_at, cells) VALUES (@period_kind, @period_code, @computed_at, @cells)";

    // Quarter codes ("2026T3") and year codes ("2026") sort as text within a kind.
    public const string SelectPeriods =
        "SELECT period_kind, period_code, computed_at, cells FROM statistics_periods ORDER BY period_code DESC, period_kind";

    /// <summary>
    /// The read of <paramref name="query"/>: only the filters it sets, in the primary key's order
    /// so that the index serves them; the parameters are those <see cref="SqlPublishedStatistics"/> binds.
    /// </summary>
    public static string Select(PublishedCellQuery query)
    {
        var sql = new StringBuilder($"SELECT {CellColumns} FROM statistics_cells WHERE indicator = @indicator");
        if (query.TerritoryLevel is not null)
            sql.Append(" AND territory_level = @territory_level");
        if (query.TerritoryCode is not null)
            sql.Append(" AND territory_code = @territory_code");
        if (query.ActivityType is not null)
            sql.Append(" AND activity_type = @activity_type");
        if (query.ActivityCode is not null)
            sql.Append(" AND activity_code = @activity_code");
        if (query.PeriodKind is not null)
            sql.Append(" AND period_kind = @period_kind");
        if (query.Nomenclature is not null)
            sql.Append(" AND nomenclature = @nomenclature");
        if (query.PeriodCodes is { } codes)
        {
            sql.Append(" AND period_code IN (");
            for (var i = 0; i < codes.Count; i++)
                sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"@period_code{i}");
            sql.Append(codes.Count == 0 ? "NULL)" : ")");
        }
        sql.Append(" ORDER BY indicator, territory_level, territory_code, activity_type, activity_code, period_kind, period_code, "
            + "nomenclature, nomenclature_code, characteristic_type, characteristic_code");
        return sql.ToString();
    }
}
