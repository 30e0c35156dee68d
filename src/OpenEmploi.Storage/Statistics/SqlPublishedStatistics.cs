using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Statistics;

/// <summary>
/// The published cells over the offer store's dialects. A period is replaced in one transaction
/// (delete, stream the new cells, record the period), so a reader sees one run or the other;
/// PostgreSQL streams the cells with binary COPY, SQLite through one statement prepared on the
/// native handle.
/// </summary>
internal sealed class SqlPublishedStatistics(SqlDialect dialect) : IPublishedStatisticsStore
{
    /// <summary>Transaction advisory lock serialising two computations of one period (with the period's hash).</summary>
    private const int ReplaceLockKey = 0x4F45_5354; // "OEST"

    public ValueTask DisposeAsync() => dialect.DisposeAsync();

    public async Task<long> ReplacePeriodAsync(
        PeriodKind kind, string periodCode, IAsyncEnumerable<PublishedCell> cells, DateTimeOffset computedAt, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(periodCode);
        ArgumentNullException.ThrowIfNull(cells);
        var checkedCells = Checked(kind, periodCode, cells, ct);
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (dialect.Kind == StoreKind.Postgres)
        {
            await using var lockCommand = connection.Command("SELECT pg_advisory_xact_lock(@key, hashtext(@period))", transaction);
            lockCommand.Add("@key", ReplaceLockKey);
            lockCommand.Add("@period", periodCode);
            await lockCommand.ExecuteNonQueryAsync(ct);
        }
        foreach (var sql in new[] { StatisticsSql.DeletePeriodCells, StatisticsSql.DeletePeriod })
        {
            await using var delete = connection.Command(sql, transaction);
            delete.Add("@period_kind", (short)kind);
            delete.Add("@period_code", periodCode);
            await delete.ExecuteNonQueryAsync(ct);
        }
        var written = connection is NpgsqlConnection npgsql
            ? await CopyAsync(npgsql, checkedCells, ct)
            : await InsertAsync((SqliteConnection)connection, checkedCells, ct);
        await using (var period = connection.Command(StatisticsSql.InsertPeriod, transaction))
        {
            period.Add("@period_kind", (short)kind);
            period.Add("@period_code", periodCode);
            period.Add("@computed_at", dialect.ToDbTime(OffreRow.ToStoreTime(computedAt)));
            period.Add("@cells", written);
            await period.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return written;
    }

    /// <summary>
    /// Refuses, before anything is committed, a cell of another period or a masked cell that still
    /// carries a figure: the store must never hold a secret value.
    /// </summary>
    private static async IAsyncEnumerable<PublishedCell> Checked(
        PeriodKind kind, string periodCode, IAsyncEnumerable<PublishedCell> cells, [EnumeratorCancellation] CancellationToken ct)
    {
        long index = 0;
        await foreach (var cell in cells.WithCancellation(ct))
        {
            ArgumentNullException.ThrowIfNull(cell, nameof(cells));
            if (cell.PeriodKind != kind || !string.Equals(cell.PeriodCode, periodCode, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Cellule n° {index} ({cell.Indicator}, {cell.TerritoryCode}) : période {cell.PeriodKind} {cell.PeriodCode}, "
                    + $"attendue {kind} {periodCode}.", nameof(cells));
            }
            if (cell.IsMasked && (cell.Value is not null || cell.Percentage is not null))
            {
                throw new ArgumentException(
                    $"Cellule n° {index} ({cell.Indicator}, {cell.TerritoryCode}) : une cellule masquée ne doit porter aucune valeur.",
                    nameof(cells));
            }
            index++;
            yield return cell;
        }
    }

    /// <summary>
    /// SQLite: the cells through one statement prepared on the native handle and bound by position,
    /// only the columns that changed since the previous cell (<see cref="SqlitePublishedCellWriter"/>),
    /// inside the replacing transaction. A SqliteCommand executed per cell looked each of its 14
    /// parameters up by name and built a data reader every time (7 µs of CPU per cell at scale 0.02,
    /// docs/benchmarks.md). Values are bound with the same SQLite types as before (text, integer, real, null).
    /// </summary>
    private static async Task<long> InsertAsync(SqliteConnection connection, IAsyncEnumerable<PublishedCell> cells, CancellationToken ct)
    {
        using var writer = new SqlitePublishedCellWriter(connection, StatisticsSql.InsertCell);
        long written = 0;
        await foreach (var cell in cells.WithCancellation(ct))
        {
            writer.Write(cell);
            written++;
        }
        return written;
    }

    private static async Task<long> CopyAsync(NpgsqlConnection connection, IAsyncEnumerable<PublishedCell> cells, CancellationToken ct)
    {
        long written = 0;
        await using var importer = await connection.BeginBinaryImportAsync(StatisticsSql.CopyCells, ct);
        await foreach (var cell in cells.WithCancellation(ct))
        {
            await importer.StartRowAsync(ct);
            await importer.WriteAsync(cell.Indicator, NpgsqlDbType.Text, ct);
            await importer.WriteAsync((short)cell.TerritoryLevel, NpgsqlDbType.Smallint, ct);
            await importer.WriteAsync(cell.TerritoryCode, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(cell.ActivityType, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(cell.ActivityCode, NpgsqlDbType.Text, ct);
            await importer.WriteAsync((short)cell.PeriodKind, NpgsqlDbType.Smallint, ct);
            await importer.WriteAsync(cell.PeriodCode, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(cell.Nomenclature, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(cell.NomenclatureCode, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(cell.CharacteristicType, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(cell.CharacteristicCode, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(importer, cell.Value, ct);
            await WriteNullableAsync(importer, cell.Percentage, ct);
            if (cell.Mask is { } mask)
                await importer.WriteAsync((short)mask, NpgsqlDbType.Smallint, ct);
            else
                await importer.WriteNullAsync(ct);
            written++;
        }
        await importer.CompleteAsync(ct);
        return written;
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, double? value, CancellationToken ct) =>
        value is { } v ? importer.WriteAsync(v, NpgsqlDbType.Double, ct) : importer.WriteNullAsync(ct);

    public async IAsyncEnumerable<PublishedCell> ReadAsync(PublishedCellQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(query.Indicator, nameof(query));
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(StatisticsSql.Select(query));
        command.Add("@indicator", query.Indicator);
        if (query.TerritoryLevel is { } level)
            command.Add("@territory_level", (short)level);
        if (query.TerritoryCode is not null)
            command.Add("@territory_code", query.TerritoryCode);
        if (query.ActivityType is not null)
            command.Add("@activity_type", query.ActivityType);
        if (query.ActivityCode is not null)
            command.Add("@activity_code", query.ActivityCode);
        if (query.PeriodKind is { } kind)
            command.Add("@period_kind", (short)kind);
        if (query.Nomenclature is not null)
            command.Add("@nomenclature", query.Nomenclature);
        if (query.PeriodCodes is { } codes)
        {
            for (var i = 0; i < codes.Count; i++)
                command.Add("@period_code" + i.ToString(CultureInfo.InvariantCulture), codes[i]);
        }
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new PublishedCell(
                reader.GetString(0),
                (TerritoryLevel)reader.GetInt16(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(7),
                reader.GetString(8),
                reader.GetString(9),
                reader.GetString(10),
                (PeriodKind)reader.GetInt16(5),
                reader.GetString(6),
                reader.IsDBNull(11) ? null : reader.GetDouble(11),
                reader.IsDBNull(12) ? null : reader.GetDouble(12),
                reader.IsDBNull(13) ? null : (MaskReason)reader.GetInt16(13));
        }
    }

    public async Task<IReadOnlyList<ComputedPeriod>> GetComputedPeriodsAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(StatisticsSql.SelectPeriods);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var periods = new List<ComputedPeriod>();
        while (await reader.ReadAsync(ct))
        {
            periods.Add(new ComputedPeriod(
                (PeriodKind)reader.GetInt16(0), reader.GetString(1), dialect.ReadTime(reader, 2), reader.GetInt64(3)));
        }
        return periods;
    }
}
