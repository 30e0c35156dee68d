using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Tests;

/// <summary>The real referentials, loaded once, and helpers to write small registers by hand.</summary>
internal static class TestData
{
    private static readonly Lazy<ReferenceData> LazyData = new(ReferenceData.LoadDefault);

    public static ReferenceData Data => LazyData.Value;

    public static StatisticsComputation Engine() => new(Data, TimeProvider.System);

    public static StatisticsContext Context() => new(Data.Geographie, Data.Rome, Data.Naf);

    public static readonly StatPeriod Quarter = StatPeriod.OfQuarter(2026, 3);

    private static long _nextId = 1;

    public static IEnumerable<JobSeekerEpisode> Seekers(
        int count, string commune, JobSeekerCategory category = JobSeekerCategory.A, string rome = "M1805",
        Sex sex = Sex.Female, DateOnly? born = null, DateOnly? registered = null, DateOnly? exited = null,
        string education = "NV4", string qualification = "6") =>
        Enumerable.Range(0, count).Select(_ => new JobSeekerEpisode(
            Interlocked.Increment(ref _nextId), category, sex, born ?? new DateOnly(1990, 5, 1), education, qualification,
            ExperienceBand.OneToTwoYears, FamilySituation.SingleWithoutChildren, rome, commune,
            registered ?? new DateOnly(2026, 1, 15), exited, exited is null ? null : ExitReason.JobFound));

    public static PublishedCell Cell(
        IEnumerable<PublishedCell> cells, string indicator, TerritoryLevel level, string territory, string nomenclatureCode,
        string activityType = "CUMUL", string activity = "CUMUL", string characteristicType = "", string characteristic = "") =>
        cells.Single(c => c.Indicator == indicator && c.TerritoryLevel == level && c.TerritoryCode == territory
            && c.ActivityType == activityType && c.ActivityCode == activity && c.NomenclatureCode == nomenclatureCode
            && c.CharacteristicType == characteristicType && c.CharacteristicCode == characteristic);

    public static PublishedCell? Find(
        IEnumerable<PublishedCell> cells, string indicator, TerritoryLevel level, string territory, string nomenclatureCode,
        string activityType = "CUMUL", string activity = "CUMUL", string characteristicType = "", string characteristic = "") =>
        cells.SingleOrDefault(c => c.Indicator == indicator && c.TerritoryLevel == level && c.TerritoryCode == territory
            && c.ActivityType == activityType && c.ActivityCode == activity && c.NomenclatureCode == nomenclatureCode
            && c.CharacteristicType == characteristicType && c.CharacteristicCode == characteristic);
}
