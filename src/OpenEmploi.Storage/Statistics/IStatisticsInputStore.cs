using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Storage.Statistics;

/// <summary>Rows written so far into one input table, for progress while a register loads.</summary>
public readonly record struct StatisticsLoadProgress(string Table, long Rows);

/// <summary>
/// The statistical inputs kept in the base (schema 13): read as <see cref="IStatisticsInputs"/>
/// streams, written in bulk. Appends skip rows whose key is already stored (episode id, SIRET,
/// SIRET and year, SIRET-month-contract-ROME, year-zone-ROME, offer id) and return how many they
/// added, so loading the same file twice changes nothing.
/// </summary>
public interface IStatisticsInputStore : IStatisticsInputs, IAsyncDisposable
{
    Task<long> AppendEpisodesAsync(IEnumerable<JobSeekerEpisode> rows, IProgress<long>? progress = null, CancellationToken ct = default);

    Task<long> AppendEstablishmentsAsync(IEnumerable<Establishment> rows, IProgress<long>? progress = null, CancellationToken ct = default);

    Task<long> AppendHeadcountsAsync(IEnumerable<EstablishmentHeadcount> rows, IProgress<long>? progress = null, CancellationToken ct = default);

    Task<long> AppendHiresAsync(IEnumerable<MonthlyHires> rows, IProgress<long>? progress = null, CancellationToken ct = default);

    Task<long> AppendProjectsAsync(IEnumerable<RecruitmentProjects> rows, IProgress<long>? progress = null, CancellationToken ct = default);

    /// <summary>
    /// Appends registered offers; <paramref name="collected"/> marks the platform's own offers
    /// (<see cref="RegisteredOfferCollector"/>), which <see cref="ClearAsync"/> keeps.
    /// </summary>
    Task<long> AppendOffersAsync(
        IEnumerable<RegisteredOffer> rows, bool collected = false, IProgress<long>? progress = null, CancellationToken ct = default);

    /// <summary>
    /// Empties every input table, except the offers facts collected from the platform's own base;
    /// ends an unfinished load's refusal (empty inputs are whole ones).
    /// </summary>
    Task ClearAsync(CancellationToken ct = default);

    /// <summary>When the load now running or last stopped unfinished began (UTC, as stored), or null when the inputs are whole.</summary>
    Task<string?> UnfinishedLoadAsync(CancellationToken ct = default);

    /// <summary>Rows stored in each input table.</summary>
    Task<StatisticsInputCounts> CountAsync(CancellationToken ct = default);

    /// <summary>
    /// Replaces the inputs with <paramref name="inputs"/> (a generated register): clears, then
    /// loads each stream in turn, reporting rows per table, and builds the secondary indexes at the
    /// end. Returns the rows added per table. Keys must not repeat within a stream (a repeated key
    /// fails the load). Until the load has ended, and after a load that failed or was stopped, every
    /// read of the inputs throws <see cref="StatisticsInputsIncompleteException"/>; the next load
    /// (or <see cref="ClearAsync"/>) starts over.
    /// </summary>
    Task<StatisticsInputCounts> ReplaceAllAsync(
        StatisticsInputStreams inputs, IProgress<StatisticsLoadProgress>? progress = null, CancellationToken ct = default);
}
