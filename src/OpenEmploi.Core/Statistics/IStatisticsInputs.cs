namespace OpenEmploi.Core.Statistics;

/// <summary>
/// Reads the statistical inputs as streams: a national register holds tens of millions of rows, so
/// nothing here returns a list. Each read is ordered by its natural key (episode id, SIRET, month)
/// so that two computations over the same inputs visit rows in the same order.
/// </summary>
public interface IStatisticsInputs
{
    /// <summary>Episodes registered on or before <paramref name="to"/> and not exited before <paramref name="from"/>.</summary>
    IAsyncEnumerable<JobSeekerEpisode> ReadJobSeekerEpisodesAsync(DateOnly from, DateOnly to, CancellationToken ct = default);

    /// <summary>
    /// The same episodes with an id in [<paramref name="firstId"/>, <paramref name="lastId"/>]: the
    /// register cut into id ranges that threads read at once, each on its own connection.
    /// </summary>
    IAsyncEnumerable<JobSeekerEpisode> ReadJobSeekerEpisodesAsync(DateOnly from, DateOnly to, long firstId, long lastId, CancellationToken ct = default);

    /// <summary>The smallest and largest episode id, or null when the register is empty.</summary>
    Task<(long First, long Last)?> ReadJobSeekerIdRangeAsync(CancellationToken ct = default);

    IAsyncEnumerable<Establishment> ReadEstablishmentsAsync(CancellationToken ct = default);

    /// <summary>Headcounts for the years in [<paramref name="fromYear"/>, <paramref name="toYear"/>].</summary>
    IAsyncEnumerable<EstablishmentHeadcount> ReadHeadcountsAsync(int fromYear, int toYear, CancellationToken ct = default);

    /// <summary>Hires whose month lies in [<paramref name="fromMonth"/>, <paramref name="toMonth"/>] (first days of months).</summary>
    IAsyncEnumerable<MonthlyHires> ReadHiresAsync(DateOnly fromMonth, DateOnly toMonth, CancellationToken ct = default);

    IAsyncEnumerable<RecruitmentProjects> ReadRecruitmentProjectsAsync(int year, CancellationToken ct = default);

    /// <summary>Offers registered on a day in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    IAsyncEnumerable<RegisteredOffer> ReadRegisteredOffersAsync(DateOnly from, DateOnly to, CancellationToken ct = default);
}
