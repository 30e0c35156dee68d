namespace OpenEmploi.Core.Statistics;

/// <summary>
/// The six statistical inputs as streams, one per table: what a generator yields and what a store
/// loads in one go. Each stream is enumerated once, in the order given, so a national register is
/// never held in memory. The counts, when known beforehand (a generator knows them), feed progress.
/// </summary>
public sealed record StatisticsInputStreams(
    IEnumerable<JobSeekerEpisode> Episodes,
    IEnumerable<Establishment> Establishments,
    IEnumerable<EstablishmentHeadcount> Headcounts,
    IEnumerable<MonthlyHires> Hires,
    IEnumerable<RecruitmentProjects> Projects,
    IEnumerable<RegisteredOffer> Offers)
{
    /// <summary>About how many rows each stream yields (0: unknown), for progress only.</summary>
    public StatisticsInputCounts Expected { get; init; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>Copies every stream into lists (small registers only: tests, worked examples).</summary>
    public InMemoryStatisticsInputs ToInMemory()
    {
        var inputs = new InMemoryStatisticsInputs();
        inputs.Episodes.AddRange(Episodes);
        inputs.Establishments.AddRange(Establishments);
        inputs.Headcounts.AddRange(Headcounts);
        inputs.Hires.AddRange(Hires);
        inputs.Projects.AddRange(Projects);
        inputs.Offers.AddRange(Offers);
        return inputs;
    }
}

/// <summary>Rows per statistical input table.</summary>
public sealed record StatisticsInputCounts(
    long Episodes, long Establishments, long Headcounts, long Hires, long Projects, long Offers)
{
    public long Total => Episodes + Establishments + Headcounts + Hires + Projects + Offers;
}
