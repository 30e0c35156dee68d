using OpenEmploi.Core.Statistics;

namespace OpenEmploi.DataGen.Statistics;

/// <summary>
/// The statistical inputs at any scale (1.0 = national), deterministic by seed: row i of each
/// table depends only on the seed, i and the options, so tables are built in parallel chunks and
/// streamed in order, never held in memory. The six streams can be enumerated in any order and
/// more than once (each enumeration generates again).
/// </summary>
public sealed class StatisticsGenerator
{
    private const int ChunkSize = 2_048;

    private readonly StatisticsWorld _world;
    private readonly JobSeekerTables _seekers;
    private readonly EstablishmentTables _establishments;
    private readonly ProjectsBuilder _projects;
    private readonly OffersBuilder _offers;

    public StatisticsGenerator(GeneratorContext context, StatisticsGeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _world = new StatisticsWorld(context, options);
        _seekers = new JobSeekerTables(_world);
        _establishments = new EstablishmentTables(_world);
        _projects = new ProjectsBuilder(_world);
        _offers = new OffersBuilder(_world);
    }

    public StatisticsGeneratorOptions Options { get; }

    /// <summary>Threads building rows (default: every core).</summary>
    public int? DegreeOfParallelism { get; init; }

    /// <summary>The six streams in one go, with their approximate sizes for progress.</summary>
    public static StatisticsInputStreams Generate(GeneratorContext context, double scale, ulong seed, int firstYear, int lastYear, DateOnly? until = null) =>
        new StatisticsGenerator(context, new StatisticsGeneratorOptions(scale, seed, firstYear, lastYear, until)).Streams();

    public StatisticsInputStreams Streams() =>
        new(JobSeekerEpisodes(), Establishments(), Headcounts(), Hires(), RecruitmentProjects(), RegisteredOffers())
        {
            Expected = ExpectedCounts(),
        };

    /// <summary>Episodes already registered on the first day (ids 1 … this), then the window's registrations.</summary>
    public long StockEpisodes => _seekers.StockCount;

    public long Registrations => _seekers.RegistrationCount;

    public long EstablishmentCount => _establishments.Count;

    /// <summary>About how many rows each stream yields (hires and projects are drawn counts: their expectation, roughly).</summary>
    public StatisticsInputCounts ExpectedCounts()
    {
        var establishments = _establishments.Count;
        var employers = (long)(establishments * 0.65);
        return new StatisticsInputCounts(
            _seekers.StockCount + _seekers.RegistrationCount,
            establishments,
            employers * _establishments.Years * 9 / 10,
            employers * _world.HireMonths.Length * 3 / 10,
            _projects.Count * 120,
            _offers.Count);
    }

    public IEnumerable<JobSeekerEpisode> JobSeekerEpisodes() => OrderedParallel.Run<JobSeekerBuilder, JobSeekerEpisode>(
        _seekers.StockCount + _seekers.RegistrationCount, ChunkSize, () => new JobSeekerBuilder(_world, _seekers),
        static (b, i, rows) => b.Build(i, rows), DegreeOfParallelism);

    public IEnumerable<Establishment> Establishments() => OrderedParallel.Run<EstablishmentBuilder, Establishment>(
        _establishments.Count, ChunkSize, NewEstablishmentBuilder, static (b, i, rows) => b.BuildEstablishment(i, rows), DegreeOfParallelism);

    public IEnumerable<EstablishmentHeadcount> Headcounts() => OrderedParallel.Run<EstablishmentBuilder, EstablishmentHeadcount>(
        _establishments.Count, ChunkSize, NewEstablishmentBuilder, static (b, i, rows) => b.BuildHeadcounts(i, rows), DegreeOfParallelism);

    public IEnumerable<MonthlyHires> Hires() => OrderedParallel.Run<EstablishmentBuilder, MonthlyHires>(
        _establishments.Count, 256, NewEstablishmentBuilder, static (b, i, rows) => b.BuildHires(i, rows), DegreeOfParallelism);

    public IEnumerable<RecruitmentProjects> RecruitmentProjects() => OrderedParallel.Run<ProjectsBuilder, RecruitmentProjects>(
        _projects.Count, 4, () => new ProjectsBuilder(_world), static (b, i, rows) => b.Build(i, rows), DegreeOfParallelism);

    public IEnumerable<RegisteredOffer> RegisteredOffers() => OrderedParallel.Run<OffersBuilder, RegisteredOffer>(
        _offers.Count, ChunkSize, () => new OffersBuilder(_world), static (b, i, rows) => b.Build(i, rows), DegreeOfParallelism);

    private EstablishmentBuilder NewEstablishmentBuilder() => new(_world, _establishments);
}
