using OpenEmploi.Core.Statistics;
using OpenEmploi.Storage.Statistics;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Statistics;

public sealed class StatisticsInputStoreTests(TestStores stores) : StoreTestBase(stores)
{
    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    /// <summary>Rows of every table written out of key order, with every nullable field both ways and bounds on the windows.</summary>
    internal static InMemoryStatisticsInputs Sample()
    {
        var inputs = new InMemoryStatisticsInputs();
        inputs.Episodes.AddRange(
        [
            new(30, JobSeekerCategory.B, Sex.Male, Day(1990, 4, 1), "NV4", "6", ExperienceBand.OneToTwoYears, FamilySituation.CoupleWithChildren,
                "G1602", "13055", Day(2025, 1, 10), Day(2025, 3, 31), ExitReason.JobFound),
            new(2, JobSeekerCategory.A, Sex.Female, Day(2001, 12, 1), "NV5", "5", ExperienceBand.None, FamilySituation.SingleWithoutChildren,
                null, "59350", Day(2024, 11, 2), null, null),
            new(17, JobSeekerCategory.E, Sex.Female, Day(1968, 1, 1), "NV1", "9", ExperienceBand.MoreThanFiveYears, FamilySituation.SingleWithChildren,
                "M1805", "97411", Day(2025, 4, 1), Day(2025, 4, 1), ExitReason.Cancelled),
            new(5, JobSeekerCategory.D, Sex.Male, Day(1985, 7, 1), "AFS", "1", ExperienceBand.LessThanOneYear, FamilySituation.CoupleWithoutChildren,
                "N1103", "2A004", Day(2023, 6, 30), Day(2024, 12, 31), ExitReason.Training),
        ]);
        inputs.Establishments.AddRange(
        [
            new("80000000200019", "Boulangerie du Port", "Au bon pain", "10.71C", "02", "13055", 43.2965, 5.3698, false, Day(2011, 5, 2), null),
            new("12345678900011", "Hôpital privé", null, "86.10Z", "32", "59350", null, null, true, Day(1999, 1, 1), Day(2025, 9, 30)),
        ]);
        inputs.Headcounts.AddRange(
        [
            new("80000000200019", 2025, 4), new("12345678900011", 2024, 410), new("80000000200019", 2020, 3), new("12345678900011", 2020, 380),
        ]);
        inputs.Hires.AddRange(
        [
            new("80000000200019", Day(2025, 7, 1), HireContract.CddUpToOneMonth, "D1102", 3),
            new("80000000200019", Day(2025, 7, 1), HireContract.CddUpToOneMonth, null, 1),
            new("80000000200019", Day(2025, 6, 1), HireContract.Cdi, "D1102", 1),
            new("12345678900011", Day(2025, 7, 1), HireContract.CddOverOneMonth, "J1501", 12),
            new("12345678900011", Day(2025, 7, 1), HireContract.Cdi, "J1506", 2),
            new("12345678900011", Day(2021, 1, 1), HireContract.Cdi, null, 5),
        ]);
        inputs.Projects.AddRange(
        [
            new(2025, "9310", "G1602", 420, 250, 300), new(2025, "0051", "J1501", 90, 70, 0), new(2024, "0051", "J1501", 85, 60, 0),
            new(2025, "0051", "A1414", 40, 10, 35),
        ]);
        inputs.Offers.AddRange(
        [
            new("S000000002", Day(2025, 7, 3), "G1602", "56.10A", "13055", "13", "CDD", false, true, OfferOrigin.Employer),
            new("S000000001", Day(2025, 7, 3), null, null, null, null, "MIS", false, false, OfferOrigin.Partner),
            new("101ABCD", Day(2025, 6, 30), "M1805", "62.01Z", "97411", "974", "CDI", true, true, OfferOrigin.Employer),
        ]);
        return inputs;
    }

    private static StatisticsInputStreams StreamsOf(InMemoryStatisticsInputs inputs) =>
        new(inputs.Episodes, inputs.Establishments, inputs.Headcounts, inputs.Hires, inputs.Projects, inputs.Offers);

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Every_input_round_trips_with_the_same_filters_and_order_as_the_in_memory_reader(StoreKind kind)
    {
        var location = await Stores.CreateMigratedLocationAsync(kind);
        await using var store = StatisticsInputStoreFactory.Open(location, batchSize: 3);
        var expected = Sample();

        var added = await store.ReplaceAllAsync(StreamsOf(expected));

        Assert.Equal(new StatisticsInputCounts(4, 2, 4, 6, 4, 3), added);
        Assert.Equal(added, await store.CountAsync());
        foreach (var (from, to) in new[] { (Day(2025, 1, 1), Day(2025, 3, 31)), (Day(2025, 4, 1), Day(2025, 6, 30)), (Day(2000, 1, 1), Day(2030, 1, 1)), (Day(2024, 12, 31), Day(2024, 12, 31)) })
        {
            Assert.Equal(await expected.ReadJobSeekerEpisodesAsync(from, to).ToListAsync(), await store.ReadJobSeekerEpisodesAsync(from, to).ToListAsync());
            Assert.Equal(await expected.ReadHiresAsync(from, to).ToListAsync(), await store.ReadHiresAsync(from, to).ToListAsync());
            Assert.Equal(await expected.ReadRegisteredOffersAsync(from, to).ToListAsync(), await store.ReadRegisteredOffersAsync(from, to).ToListAsync());
        }
        Assert.Equal(await expected.ReadEstablishmentsAsync().ToListAsync(), await store.ReadEstablishmentsAsync().ToListAsync());
        Assert.Equal(await expected.ReadHeadcountsAsync(2020, 2024).ToListAsync(), await store.ReadHeadcountsAsync(2020, 2024).ToListAsync());
        Assert.Equal(await expected.ReadRecruitmentProjectsAsync(2025).ToListAsync(), await store.ReadRecruitmentProjectsAsync(2025).ToListAsync());

        // What the in-memory reader gives is itself what the interface promises.
        Assert.Equal([2L, 5L, 30L], (await store.ReadJobSeekerEpisodesAsync(Day(2024, 12, 31), Day(2025, 1, 31)).ToListAsync()).Select(e => e.Id));
        Assert.Equal([null, "D1102"], (await store.ReadHiresAsync(Day(2025, 7, 1), Day(2025, 7, 1)).ToListAsync())
            .Where(h => h.Siret == "80000000200019").Select(h => h.Rome));
        Assert.Equal(["101ABCD", "S000000001", "S000000002"], (await store.ReadRegisteredOffersAsync(Day(2025, 6, 1), Day(2025, 7, 31)).ToListAsync()).Select(o => o.OfferId));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Episodes_read_by_id_range_are_those_of_the_whole_read_within_the_range(StoreKind kind)
    {
        var location = await Stores.CreateMigratedLocationAsync(kind);
        await using var store = StatisticsInputStoreFactory.Open(location, batchSize: 3);
        Assert.Null(await store.ReadJobSeekerIdRangeAsync());
        var expected = Sample();
        await store.ReplaceAllAsync(StreamsOf(expected));

        Assert.Equal((2L, 30L), await store.ReadJobSeekerIdRangeAsync());
        Assert.Equal(await expected.ReadJobSeekerIdRangeAsync(), await store.ReadJobSeekerIdRangeAsync());
        var (from, to) = (Day(2024, 12, 31), Day(2025, 1, 31));
        foreach (var (first, last) in new[] { (2L, 4L), (5L, 29L), (5L, 5L), (31L, 40L), (0L, 30L) })
        {
            var whole = await store.ReadJobSeekerEpisodesAsync(from, to).ToListAsync();
            Assert.Equal(whole.Where(e => e.Id >= first && e.Id <= last), await store.ReadJobSeekerEpisodesAsync(from, to, first, last).ToListAsync());
            Assert.Equal(await expected.ReadJobSeekerEpisodesAsync(from, to, first, last).ToListAsync(),
                await store.ReadJobSeekerEpisodesAsync(from, to, first, last).ToListAsync());
        }
        // The parts are those of the whole read: episode 5 (exited on 31 December) is in, 17 (registered in April) out.
        Assert.Equal([5L, 30L], (await store.ReadJobSeekerEpisodesAsync(from, to, 5, 30).ToListAsync()).Select(e => e.Id));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Appending_rows_already_stored_adds_nothing_and_replacing_keeps_the_collected_offers(StoreKind kind)
    {
        var location = await Stores.CreateMigratedLocationAsync(kind);
        await using var store = StatisticsInputStoreFactory.Open(location, batchSize: 2);
        var sample = Sample();
        await store.ReplaceAllAsync(StreamsOf(sample));

        Assert.Equal(0, await store.AppendEpisodesAsync(sample.Episodes));
        Assert.Equal(0, await store.AppendHiresAsync(sample.Hires));
        Assert.Equal(1, await store.AppendHiresAsync([sample.Hires[0], sample.Hires[0] with { Month = Day(2025, 8, 1) }]));
        var collected = new RegisteredOffer("123ABCD", Day(2025, 7, 4), "K2204", null, "75108", "75", "CDI", true, true, OfferOrigin.Employer);
        Assert.Equal(1, await store.AppendOffersAsync([collected], collected: true));

        await store.ReplaceAllAsync(StreamsOf(new InMemoryStatisticsInputs()));

        Assert.Equal(new StatisticsInputCounts(0, 0, 0, 0, 0, 1), await store.CountAsync());
        Assert.Equal([collected], await store.ReadRegisteredOffersAsync(Day(2025, 1, 1), Day(2025, 12, 31)).ToListAsync());
    }
}
