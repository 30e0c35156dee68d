using System.Data.Common;
using OpenEmploi.Core.Offres;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Ingestion;

// Runs, sources and the import lock.
internal sealed partial class SqlIngestionStore
{
    public Task<IAsyncDisposable?> TryLockImportsAsync(CancellationToken ct = default) => dialect.TryLockImportsAsync(ct);

    public async Task<long> StartRunAsync(string sourceCode, string? location, bool fullFeed, CancellationToken ct = default)
    {
        var at = dialect.ToDbTime(OffreRow.ToStoreTime(time.GetUtcNow()));
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var interrupt = connection.Command(IngestionSql.InterruptRuns, transaction))
        {
            interrupt.Add("@at", at);
            await interrupt.ExecuteNonQueryAsync(ct);
        }
        long id;
        await using (var insert = connection.Command(IngestionSql.InsertRun, transaction))
        {
            insert.Add("@source_code", sourceCode);
            insert.Add("@location", location);
            insert.Add("@at", at);
            insert.Add("@full_feed", fullFeed);
            id = await insert.ScalarInt64Async(ct);
        }
        await transaction.CommitAsync(ct);
        return id;
    }

    public async Task FinishRunAsync(long runId, string status, ImportCounters counters, string? error, CancellationToken ct = default)
    {
        try
        {
            await using var connection = await dialect.OpenAsync(ct);
            await using var command = connection.Command(IngestionSql.FinishRun);
            BindCounters(command, counters);
            command.Add("@status", status);
            command.Add("@at", dialect.ToDbTime(OffreRow.ToStoreTime(time.GetUtcNow())));
            command.Add("@error", error);
            command.Add("@id", runId);
            await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            // The run's batches are written: its writer connection and the page cache it grew (up
            // to 512 MB on SQLite) go now, not when a long-lived host (the web server) disposes the
            // store; on SQLite its checkpointer empties the WAL last, the run's end included.
            await CloseSqliteWriterAsync();
        }
    }

    public async Task<IReadOnlyList<ImportRunInfo>> ListRunsAsync(string? sourceCode, int limit, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(sourceCode is null ? IngestionSql.SelectRuns : IngestionSql.SelectRunsOfSource);
        if (sourceCode is not null)
            command.Add("@source_code", sourceCode);
        command.Add("@limit", limit);
        await using var r = await command.ExecuteReaderAsync(ct);
        var runs = new List<ImportRunInfo>();
        while (await r.ReadAsync(ct))
        {
            var counters = new ImportCounters
            {
                Read = r.GetInt64(7), Created = r.GetInt64(8), Updated = r.GetInt64(9), Unchanged = r.GetInt64(10),
                Deleted = r.GetInt64(11), Rejected = r.GetInt64(12), Blocked = r.GetInt64(13), Held = r.GetInt64(14),
                Duplicates = r.GetInt64(15), Errors = r.GetInt64(16),
            };
            runs.Add(new ImportRunInfo(r.GetInt64(0), r.GetString(1), r.GetNullableString(2), dialect.ReadTime(r, 3),
                r.IsDBNull(4) ? null : dialect.ReadTime(r, 4), r.GetString(5), r.GetBoolean(6), counters, r.GetNullableString(17)));
        }
        return runs;
    }

    public async Task UpsertSourceAsync(SourceSettings source, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(IngestionSql.UpsertSource);
        command.Add("@code", source.Code);
        command.Add("@nom", source.Source.Nom);
        command.Add("@url", source.Source.Url);
        command.Add("@logo", source.Source.Logo);
        command.Add("@kind", source.Kind);
        command.Add("@multi_diffusion", source.MultiDiffusion);
        command.Add("@feed_location", source.FeedLocation);
        command.Add("@feed_format", source.FeedFormat);
        command.Add("@schedule_minutes", source.ScheduleMinutes);
        command.Add("@at", dialect.ToDbTime(OffreRow.ToStoreTime(time.GetUtcNow())));
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<SourceSettings?> GetSourceAsync(string code, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(IngestionSql.SelectSource);
        command.Add("@code", code);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadSource(reader) : null;
    }

    public async Task<IReadOnlyList<SourceSettings>> ListSourcesAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(IngestionSql.SelectSources);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var sources = new List<SourceSettings>();
        while (await reader.ReadAsync(ct))
            sources.Add(ReadSource(reader));
        return sources;
    }

    private SourceSettings ReadSource(DbDataReader r) => new(
        new Source(r.GetString(0), r.GetString(1), r.GetNullableString(2), r.GetNullableString(3)),
        r.GetString(4),
        r.GetBoolean(5),
        r.GetNullableString(6),
        r.GetNullableString(7),
        r.IsDBNull(8) ? null : Convert.ToInt32(r.GetValue(8), System.Globalization.CultureInfo.InvariantCulture),
        r.IsDBNull(9) ? null : dialect.ReadTime(r, 9));

    internal StoreLocation Location => location;
}
