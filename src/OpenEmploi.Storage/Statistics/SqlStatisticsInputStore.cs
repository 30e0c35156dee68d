using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Storage.Postgres;
using OpenEmploi.Storage.Sql;
using OpenEmploi.Storage.Sqlite;

namespace OpenEmploi.Storage.Statistics;

/// <summary>
/// The statistical inputs over the offer store's dialects. Reads stream rows straight from a data
/// reader in the order <see cref="IStatisticsInputs"/> promises (byte order of codes on both
/// providers, like the in-memory reader); writes go through the provider's bulk path.
/// </summary>
internal sealed class SqlStatisticsInputStore(SqlDialect dialect, int batchSize, TimeProvider time) : IStatisticsInputStore
{
    /// <summary>
    /// store_metadata key present while a load replaces the inputs (value: its start, UTC). Written
    /// in the transaction that empties the tables, deleted in the one that ends the load: if it is
    /// there, the tables may be half written, and the readers refuse to serve them.
    /// </summary>
    public const string LoadMarkerKey = "statistiques_chargement";

    private readonly IInputBulkWriter _writer = dialect switch
    {
        SqliteDialect sqlite => new SqliteInputBulkWriter(sqlite, batchSize),
        PostgresDialect postgres => new PostgresInputBulkWriter(postgres, batchSize),
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect.Kind, "Type de stockage inconnu."),
    };

    public ValueTask DisposeAsync() => dialect.DisposeAsync();

    public IAsyncEnumerable<JobSeekerEpisode> ReadJobSeekerEpisodesAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        ReadAsync(InputTables.Episodes, "registered_on <= @to AND (exited_on IS NULL OR exited_on >= @from)", "id",
            command =>
            {
                command.Add("@from", dialect.ToDbDay(from));
                command.Add("@to", dialect.ToDbDay(to));
            }, ct);

    public IAsyncEnumerable<JobSeekerEpisode> ReadJobSeekerEpisodesAsync(DateOnly from, DateOnly to, long firstId, long lastId, CancellationToken ct = default) =>
        // The id range first: on both providers it is the primary key's range, so each part reads
        // its own slice of the table, not the whole table filtered.
        ReadAsync(InputTables.Episodes, "id >= @first AND id <= @last AND registered_on <= @to AND (exited_on IS NULL OR exited_on >= @from)", "id",
            command =>
            {
                command.Add("@first", firstId);
                command.Add("@last", lastId);
                command.Add("@from", dialect.ToDbDay(from));
                command.Add("@to", dialect.ToDbDay(to));
            }, ct);

    public async Task<(long First, long Last)?> ReadJobSeekerIdRangeAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        if (await UnfinishedLoadAsync(connection, ct) is { } startedAt)
            throw new StatisticsInputsIncompleteException(startedAt);
        await using var command = connection.Command("SELECT min(id), max(id) FROM stat_job_seekers");
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) && !reader.IsDBNull(0) ? (reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    public IAsyncEnumerable<Establishment> ReadEstablishmentsAsync(CancellationToken ct = default) =>
        ReadAsync(InputTables.Establishments, "1 = 1", "siret", static _ => { }, ct);

    public IAsyncEnumerable<EstablishmentHeadcount> ReadHeadcountsAsync(int fromYear, int toYear, CancellationToken ct = default) =>
        ReadAsync(InputTables.Headcounts, "year >= @from AND year <= @to", "siret, year",
            command =>
            {
                command.Add("@from", fromYear);
                command.Add("@to", toYear);
            }, ct);

    public IAsyncEnumerable<MonthlyHires> ReadHiresAsync(DateOnly fromMonth, DateOnly toMonth, CancellationToken ct = default) =>
        ReadAsync(InputTables.Hires, "month >= @from AND month <= @to", "siret, month, contract, rome",
            command =>
            {
                command.Add("@from", dialect.ToDbDay(fromMonth));
                command.Add("@to", dialect.ToDbDay(toMonth));
            }, ct);

    public IAsyncEnumerable<RecruitmentProjects> ReadRecruitmentProjectsAsync(int year, CancellationToken ct = default) =>
        ReadAsync(InputTables.Projects, "year = @year", "zone_emploi, rome", command => command.Add("@year", year), ct);

    public IAsyncEnumerable<RegisteredOffer> ReadRegisteredOffersAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        ReadAsync(InputTables.Offers, "registered_on >= @from AND registered_on <= @to", "registered_on, offer_id",
            command =>
            {
                command.Add("@from", dialect.ToDbDay(from));
                command.Add("@to", dialect.ToDbDay(to));
            }, ct);

    public Task<long> AppendEpisodesAsync(IEnumerable<JobSeekerEpisode> rows, IProgress<long>? progress = null, CancellationToken ct = default) =>
        _writer.AppendAsync(InputTables.Episodes, rows, progress, ct);

    public Task<long> AppendEstablishmentsAsync(IEnumerable<Establishment> rows, IProgress<long>? progress = null, CancellationToken ct = default) =>
        _writer.AppendAsync(InputTables.Establishments, rows, progress, ct);

    public Task<long> AppendHeadcountsAsync(IEnumerable<EstablishmentHeadcount> rows, IProgress<long>? progress = null, CancellationToken ct = default) =>
        _writer.AppendAsync(InputTables.Headcounts, rows, progress, ct);

    public Task<long> AppendHiresAsync(IEnumerable<MonthlyHires> rows, IProgress<long>? progress = null, CancellationToken ct = default) =>
        _writer.AppendAsync(InputTables.Hires, rows, progress, ct);

    public Task<long> AppendProjectsAsync(IEnumerable<RecruitmentProjects> rows, IProgress<long>? progress = null, CancellationToken ct = default) =>
        _writer.AppendAsync(InputTables.Projects, rows, progress, ct);

    public Task<long> AppendOffersAsync(
        IEnumerable<RegisteredOffer> rows, bool collected = false, IProgress<long>? progress = null, CancellationToken ct = default) =>
        _writer.AppendAsync(InputTables.OffersWritten(collected), rows, progress, ct);

    public async Task ClearAsync(CancellationToken ct = default)
    {
        // Empty tables are complete ones: whatever load was marked unfinished is over.
        await EmptyAsync(markLoad: false, ct);
        await EndLoadAsync(ct);
    }

    /// <summary>
    /// Empties the input tables (the collected offers' facts stay) in one transaction. For a load
    /// (<paramref name="markLoad"/>), the same transaction drops the secondary indexes and records the
    /// load marker, so that no reader ever sees the emptied or half-written tables as the inputs.
    /// PostgreSQL truncates (no dead rows left behind, nothing to vacuum); SQLite's DELETE without
    /// WHERE already frees whole tables.
    /// </summary>
    private async Task EmptyAsync(bool markLoad, CancellationToken ct)
    {
        var postgres = dialect.Kind == StoreKind.Postgres;
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var statements = new List<string>();
        if (markLoad)
            statements.AddRange(InputTables.SecondaryIndexes.Select(index => "DROP INDEX IF EXISTS " + index.Name));
        statements.AddRange(postgres
            ? ["TRUNCATE stat_job_seekers, stat_establishments, stat_headcounts, stat_hires, stat_recruitment_projects"]
            : ["DELETE FROM stat_job_seekers", "DELETE FROM stat_establishments", "DELETE FROM stat_headcounts",
                "DELETE FROM stat_hires", "DELETE FROM stat_recruitment_projects"]);
        statements.Add("DELETE FROM stat_registered_offers WHERE collected = " + (postgres ? "false" : "0"));
        foreach (var sql in statements)
        {
            await using var command = connection.Command(sql, transaction);
            await command.ExecuteNonQueryAsync(ct);
        }
        if (markLoad)
        {
            await using var mark = connection.Command(OffreSql.UpsertMetadata, transaction);
            mark.Add("@key", LoadMarkerKey);
            mark.Add("@value", time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
            mark.Add("@at", dialect.ToDbTime(time.GetUtcNow()));
            await mark.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Ends a load: builds the secondary indexes (one sort each) and deletes the load marker, in one
    /// transaction, so the inputs become readable only once they are whole and indexed.
    /// </summary>
    private async Task EndLoadAsync(CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        if (dialect.Kind == StoreKind.Sqlite)
        {
            // The sort of an index build spills to temporary files past the cache; the store keeps
            // temporary data in memory (temp_store = MEMORY), which for stat_hires at national
            // scale (~95 million entries) would be gigabytes of RAM. This connection is closed
            // (pooled connections keep their pragmas, so it is set back before it goes).
            await using var pragma = connection.Command("PRAGMA temp_store = FILE");
            await pragma.ExecuteNonQueryAsync(ct);
        }
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            foreach (var (_, create) in InputTables.SecondaryIndexes)
            {
                await using var command = connection.Command(create, transaction);
                command.CommandTimeout = 0; // an index over tens of millions of rows
                await command.ExecuteNonQueryAsync(ct);
            }
            await using (var unmark = connection.Command("DELETE FROM store_metadata WHERE key = @key", transaction))
            {
                unmark.Add("@key", LoadMarkerKey);
                await unmark.ExecuteNonQueryAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }
        finally
        {
            if (dialect.Kind == StoreKind.Sqlite)
            {
                await using var pragma = connection.Command("PRAGMA temp_store = MEMORY");
                await pragma.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>The start of an unfinished load (<see cref="LoadMarkerKey"/>), or null when the inputs are whole.</summary>
    public async Task<string?> UnfinishedLoadAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        return await UnfinishedLoadAsync(connection, ct);
    }

    private static async Task<string?> UnfinishedLoadAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.Command(OffreSql.SelectMetadata);
        command.Add("@key", LoadMarkerKey);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    public async Task<StatisticsInputCounts> CountAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        async Task<long> CountOf(string table)
        {
            // table is one of the literals below, never input.
            await using var command = connection.Command($"SELECT count(*) FROM {table}");
            return await command.ScalarInt64Async(ct);
        }
        return new StatisticsInputCounts(
            await CountOf("stat_job_seekers"),
            await CountOf("stat_establishments"),
            await CountOf("stat_headcounts"),
            await CountOf("stat_hires"),
            await CountOf("stat_recruitment_projects"),
            await CountOf("stat_registered_offers"));
    }

    /// <summary>
    /// Replaces the inputs: empties the tables, drops their secondary indexes and marks the load
    /// unfinished (one transaction), writes the six streams in batches (each committed: other
    /// writers of the base are not held up for the whole load, and the WAL stays small), then builds
    /// the indexes and removes the mark (one transaction). Stopped or failed anywhere in between,
    /// the mark stays, every reader refuses the inputs (<see cref="StatisticsInputsIncompleteException"/>,
    /// so no computation reads a half-loaded period as whole), and the next load starts over.
    /// </summary>
    public async Task<StatisticsInputCounts> ReplaceAllAsync(
        StatisticsInputStreams inputs, IProgress<StatisticsLoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        await EmptyAsync(markLoad: true, ct);
        IProgress<long>? For(string table) => progress is null ? null : new TableProgress(progress, table);
        var episodes = await _writer.LoadAsync(InputTables.Episodes, inputs.Episodes, For("demandeurs"), ct);
        var establishments = await _writer.LoadAsync(InputTables.Establishments, inputs.Establishments, For("etablissements"), ct);
        var headcounts = await _writer.LoadAsync(InputTables.Headcounts, inputs.Headcounts, For("effectifs"), ct);
        var hires = await _writer.LoadAsync(InputTables.Hires, inputs.Hires, For("embauches"), ct);
        var projects = await _writer.LoadAsync(InputTables.Projects, inputs.Projects, For("projets"), ct);
        var offers = await _writer.LoadAsync(InputTables.OffersWritten(collected: false), inputs.Offers, For("offres"), ct);
        await EndLoadAsync(ct);
        return new StatisticsInputCounts(episodes, establishments, headcounts, hires, projects, offers);
    }

    private async IAsyncEnumerable<T> ReadAsync<T>(
        InputTable<T> table, string where, string orderBy, Action<DbCommand> bind, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        if (await UnfinishedLoadAsync(connection, ct) is { } startedAt)
            throw new StatisticsInputsIncompleteException(startedAt);
        await using var command = connection.Command(table.SelectSql(where, orderBy));
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
        while (await reader.ReadAsync(ct))
            yield return table.Read(reader, dialect);
    }

    private sealed class TableProgress(IProgress<StatisticsLoadProgress> inner, string table) : IProgress<long>
    {
        public void Report(long value) => inner.Report(new StatisticsLoadProgress(table, value));
    }
}
