using OpenEmploi.Core.Statistics;

namespace OpenEmploi.DataGen.Statistics;

/// <summary>
/// The tables of the job-seeker register, built once: who registers (age, sex, education,
/// qualification, experience, family, occupation, place) and for how long. The register starts
/// full: episodes 1 … <see cref="StockCount"/> are those already registered on the first day,
/// drawn from the stationary state of the duration model (an episode's elapsed and remaining
/// times are both exponential with its component's mean), then come the window's registrations.
/// </summary>
internal sealed class JobSeekerTables
{
    private const double DaysPerMonth = 30.436875;

    public JobSeekerTables(StatisticsWorld world)
    {
        var options = world.Options;
        var durations = LabourMarketTables.DurationsByAge;
        var meanMonths = 0.0;
        var stockWeights = new List<double>();
        var stockEntries = new List<(int Age, int Component)>();
        for (var age = 0; age < durations.Length; age++)
        {
            for (var k = 0; k < durations[age].Length; k++)
            {
                var (share, mean) = durations[age][k];
                var weight = LabourMarketTables.RegistrationsByAge[age] * share * mean;
                meanMonths += weight;
                stockEntries.Add((age, k));
                stockWeights.Add(weight);
            }
        }
        StockMix = new WeightedPicker<(int, int)>(stockEntries, stockWeights);
        // Stock = registrations a month × mean duration (Little's law): about 6 million nationally.
        StockCount = (long)Math.Round(LabourMarketTables.RegistrationsPerYear / 12 * meanMonths * options.Scale);
        RegistrationCount = (long)Math.Round(LabourMarketTables.RegistrationsPerYear * options.Scale * world.SeekerDays / 365.25);
        Ages = Sampling.Indexes(LabourMarketTables.RegistrationsByAge);
        Components = [.. durations.Select(d => Sampling.Indexes(d.Select(c => c.Share).ToList()))];
        Categories = Sampling.Indexes(LabourMarketTables.Categories);
        ExitReasons = Sampling.Indexes(LabourMarketTables.ExitReasons);
        Education = [.. LabourMarketTables.EducationByAge.Select(Picker)];
        Qualification = LabourMarketTables.QualificationByEducation.ToDictionary(q => q.Key, q => Picker(q.Value), StringComparer.Ordinal);
        Experience = [.. LabourMarketTables.ExperienceByAge.Select(Sampling.Indexes)];
        Family = [.. LabourMarketTables.FamilyByAge.Select(Sampling.Indexes)];
    }

    public long StockCount { get; }

    public long RegistrationCount { get; }

    public WeightedPicker<(int Age, int Component)> StockMix { get; }

    public WeightedPicker<int> Ages { get; }

    public WeightedPicker<int>[] Components { get; }

    public WeightedPicker<int> Categories { get; }

    public WeightedPicker<int> ExitReasons { get; }

    public WeightedPicker<string>[] Education { get; }

    public IReadOnlyDictionary<string, WeightedPicker<string>> Qualification { get; }

    public WeightedPicker<int>[] Experience { get; }

    public WeightedPicker<int>[] Family { get; }

    public static int DaysOf(double months) => Math.Max(1, (int)Math.Round(months * DaysPerMonth));

    private static WeightedPicker<string> Picker((string Code, double Weight)[] entries) => WeightedPicker.Of(entries);
}

/// <summary>Builds episode after episode on one thread, re-seeding one <see cref="DetRandom"/> per episode.</summary>
internal sealed class JobSeekerBuilder(StatisticsWorld world, JobSeekerTables tables)
{
    private static readonly (int Min, int Max)[] AgeYears = [(18, 25), (25, 50), (50, 65)];

    private readonly DetRandom _r = new(0, 0, 0);

    public void Build(long index, List<JobSeekerEpisode> rows)
    {
        var r = _r;
        var options = world.Options;
        r.Reset(options.Seed, GeneratorStreams.DemandeursEmploi, (ulong)index);
        int age;
        DateOnly registered;
        double remainingMonths;
        if (index < tables.StockCount)
        {
            (age, var k) = tables.StockMix.Pick(r);
            var mean = LabourMarketTables.DurationsByAge[age][k].MeanMonths;
            registered = options.Start.AddDays(-JobSeekerTables.DaysOf(Sampling.Exponential(r, mean)));
            remainingMonths = Sampling.Exponential(r, mean);
        }
        else
        {
            var month = world.RegistrationMonths.Pick(r);
            registered = month.First.AddDays(r.Next(month.Days));
            age = tables.Ages.Pick(r);
            var k = tables.Components[age].Pick(r);
            remainingMonths = Sampling.Exponential(r, LabourMarketTables.DurationsByAge[age][k].MeanMonths);
        }
        var exitDay = (index < tables.StockCount ? options.Start : registered).AddDays(JobSeekerTables.DaysOf(remainingMonths));
        DateOnly? exited = exitDay <= options.End ? exitDay : null;

        var category = (JobSeekerCategory)(tables.Categories.Pick(r) + 1);
        var sex = r.Chance(LabourMarketTables.WomenByCategory[(int)category - 1]) ? Sex.Female : Sex.Male;
        var (minAge, maxAge) = AgeYears[age];
        var ageMonths = (r.Next(minAge, maxAge) * 12) + r.Next(12);
        var birth = new DateOnly(registered.Year, registered.Month, 1).AddMonths(-ageMonths);
        var education = tables.Education[age].Pick(r);
        var qualification = tables.Qualification[education].Pick(r);
        var experience = (ExperienceBand)(tables.Experience[age].Pick(r) + 1);
        var family = (FamilySituation)(tables.Family[age].Pick(r) + 1);
        var rome = r.Chance(0.95) ? world.Sectors.Romes.Pick(r) : null;
        var place = world.SeekerPlaces.Pick(r);
        ExitReason? reason = null;
        if (exited is not null)
        {
            // Category D are mostly in training: their episodes end on it more often.
            reason = category == JobSeekerCategory.D && r.Chance(0.4) ? ExitReason.Training : (ExitReason)(tables.ExitReasons.Pick(r) + 1);
        }
        rows.Add(new JobSeekerEpisode(
            index + 1, category, sex, birth, education, qualification, experience, family, rome,
            place.Commune.CodeInsee, registered, exited, reason));
    }
}
