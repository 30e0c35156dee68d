namespace OpenEmploi.Core.Statistics;

/// <summary>
/// Statistical inputs held in lists: small registers written by hand (tests of each indicator
/// against hand-computed values) or generated in process. Applies the same filters and ordering as
/// the stores, so a computation gives the same cells from here as from a store holding these rows.
/// </summary>
public sealed class InMemoryStatisticsInputs : IStatisticsInputs
{
    public List<JobSeekerEpisode> Episodes { get; } = [];

    public List<Establishment> Establishments { get; } = [];

    public List<EstablishmentHeadcount> Headcounts { get; } = [];

    public List<MonthlyHires> Hires { get; } = [];

    public List<RecruitmentProjects> Projects { get; } = [];

    public List<RegisteredOffer> Offers { get; } = [];

    public IAsyncEnumerable<JobSeekerEpisode> ReadJobSeekerEpisodesAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        Episodes.Where(e => e.RegisteredOn <= to && (e.ExitedOn is null || e.ExitedOn >= from))
            .OrderBy(e => e.Id).ToAsyncEnumerable();

    public IAsyncEnumerable<JobSeekerEpisode> ReadJobSeekerEpisodesAsync(DateOnly from, DateOnly to, long firstId, long lastId, CancellationToken ct = default) =>
        ReadJobSeekerEpisodesAsync(from, to, ct).Where(e => e.Id >= firstId && e.Id <= lastId);

    public Task<(long First, long Last)?> ReadJobSeekerIdRangeAsync(CancellationToken ct = default) =>
        Task.FromResult<(long, long)?>(Episodes.Count == 0 ? null : (Episodes.Min(e => e.Id), Episodes.Max(e => e.Id)));

    public IAsyncEnumerable<Establishment> ReadEstablishmentsAsync(CancellationToken ct = default) =>
        Establishments.OrderBy(e => e.Siret, StringComparer.Ordinal).ToAsyncEnumerable();

    public IAsyncEnumerable<EstablishmentHeadcount> ReadHeadcountsAsync(int fromYear, int toYear, CancellationToken ct = default) =>
        Headcounts.Where(h => h.Year >= fromYear && h.Year <= toYear)
            .OrderBy(h => h.Siret, StringComparer.Ordinal).ThenBy(h => h.Year).ToAsyncEnumerable();

    public IAsyncEnumerable<MonthlyHires> ReadHiresAsync(DateOnly fromMonth, DateOnly toMonth, CancellationToken ct = default) =>
        Hires.Where(h => h.Month >= fromMonth && h.Month <= toMonth)
            .OrderBy(h => h.Siret, StringComparer.Ordinal).ThenBy(h => h.Month).ThenBy(h => h.Contract)
            .ThenBy(h => h.Rome, StringComparer.Ordinal).ToAsyncEnumerable();

    public IAsyncEnumerable<RecruitmentProjects> ReadRecruitmentProjectsAsync(int year, CancellationToken ct = default) =>
        Projects.Where(p => p.Year == year)
            .OrderBy(p => p.ZoneEmploi, StringComparer.Ordinal).ThenBy(p => p.Rome, StringComparer.Ordinal).ToAsyncEnumerable();

    public IAsyncEnumerable<RegisteredOffer> ReadRegisteredOffersAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        Offers.Where(o => o.RegisteredOn >= from && o.RegisteredOn <= to)
            .OrderBy(o => o.RegisteredOn).ThenBy(o => o.OfferId, StringComparer.Ordinal).ToAsyncEnumerable();
}
