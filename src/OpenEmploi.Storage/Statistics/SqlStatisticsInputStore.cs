using System.Data.Common;
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
internal sealed class SqlStatisticsInputStore(SqlDialect dialect, int batchSize) : IStatisticsInputStore
{
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
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var sql in (string[])
            [
                "DELETE FROM stat_job_seekers", "DELETE FROM stat_establishments", "DELETE FROM stat_headcounts",
                "DELETE FROM stat_hires", "DELETE FROM stat_recruitment_projects",
                "DELETE FROM stat_registered_offers WHERE collected = " + (dialect.Kind == StoreKind.Postgres ? "false" : "0"),
            ])
        {
            await using var command = connection.Command(sql, transaction);
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
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

    public async Task<StatisticsInputCounts> ReplaceAllAsync(
        StatisticsInputStreams inputs, IProgress<StatisticsLoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        await ClearAsync(ct);
        IProgress<long>? For(string table) => progress is null ? null : new TableProgress(progress, table);
        var episodes = await AppendEpisodesAsync(inputs.Episodes, For("demandeurs"), ct);
        var establishments = await AppendEstablishmentsAsync(inputs.Establishments, For("etablissements"), ct);
        var headcounts = await AppendHeadcountsAsync(inputs.Headcounts, For("effectifs"), ct);
        var hires = await AppendHiresAsync(inputs.Hires, For("embauches"), ct);
        var projects = await AppendProjectsAsync(inputs.Projects, For("projets"), ct);
        var offers = await AppendOffersAsync(inputs.Offers, collected: false, For("offres"), ct);
        return new StatisticsInputCounts(episodes, establishments, headcounts, hires, projects, offers);
    }

    private async IAsyncEnumerable<T> ReadAsync<T>(
        InputTable<T> table, string where, string orderBy, Action<DbCommand> bind, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
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
