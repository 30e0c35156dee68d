using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Core.Offres;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Cli.Tests;

public sealed class SeedCommandTests(TestStores stores) : IClassFixture<TestStores>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Seed_fills_an_empty_base_then_refuses_it_without_append(StoreKind kind)
    {
        var store = (await stores.CreateMigratedLocationAsync(kind)).Setting;

        var first = await CliRun.InvokeAsync("seed", "--offers", "150", "--store", store);
        var again = await CliRun.InvokeAsync("seed", "--offers", "10", "--store", store);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("150 offres ajoutées", first.Output, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("--append", again.Output, StringComparison.Ordinal);
        Assert.Equal(150, await CountAsync(store));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Append_continues_the_seed_sequence_without_touching_existing_offers(StoreKind kind)
    {
        var store = (await stores.CreateMigratedLocationAsync(kind)).Setting;
        await CliRun.InvokeAsync("seed", "--offers", "100", "--seed", "7", "--store", store);
        var before = await IdsAsync(store);

        var appended = await CliRun.InvokeAsync("seed", "--offers", "60", "--seed", "7", "--append", "--store", store);
        var after = await IdsAsync(store);

        Assert.Equal(0, appended.ExitCode);
        Assert.Equal(160, after.Count);
        Assert.Superset(before, after);
        Assert.All(after, id => Assert.True(OffreId.IsValid(id)));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_offers_on_two_bases()
    {
        var one = (await stores.CreateLocationAsync(StoreKind.Sqlite)).Setting;
        var two = (await stores.CreateLocationAsync(StoreKind.Sqlite)).Setting;

        await CliRun.InvokeAsync("seed", "--offers", "40", "--seed", "3", "--store", one);
        await CliRun.InvokeAsync("seed", "--offers", "40", "--seed", "3", "--store", two);

        Assert.Equal(await IdsAsync(one), await IdsAsync(two));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Seeding_in_two_runs_gives_the_same_base_as_one_run(StoreKind kind)
    {
        var inTwoRuns = (await stores.CreateMigratedLocationAsync(kind)).Setting;
        var inOneRun = (await stores.CreateMigratedLocationAsync(kind)).Setting;

        await CliRun.InvokeAsync("seed", "--offers", "70", "--store", inTwoRuns);
        // Three days later: the appended offers still belong to the first run's generated world.
        await CliRun.InvokeAtAsync(CliRun.Now.AddDays(3), "seed", "--offers", "30", "--append", "--store", inTwoRuns);
        await CliRun.InvokeAsync("seed", "--offers", "100", "--store", inOneRun);

        Assert.Equal(await DocumentsAsync(inOneRun), await DocumentsAsync(inTwoRuns));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("beaucoup")]
    public async Task A_bad_offer_count_is_refused_with_a_message(string offers)
    {
        var store = (await stores.CreateLocationAsync(StoreKind.Sqlite)).Setting;

        var run = await CliRun.InvokeAsync("seed", "--offers", offers, "--store", store);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--offers", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_store_kind_is_refused_with_both_accepted_forms()
    {
        var run = await CliRun.InvokeAsync("stats", "--store", "mysql:localhost");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("sqlite:", run.Output, StringComparison.Ordinal);
        Assert.Contains("postgres:", run.Output, StringComparison.Ordinal);
    }


    private static async Task<long> CountAsync(string setting)
    {
        await using var store = OffreStoreFactory.Open(StoreLocation.Parse(setting), new FakeTimeProvider());
        return await store.CountOffersAsync();
    }

    private static async Task<SortedDictionary<string, string>> DocumentsAsync(string setting)
    {
        await using var store = OffreStoreFactory.Open(StoreLocation.Parse(setting), new FakeTimeProvider());
        var documents = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await foreach (var entry in store.StreamOffersAsync())
            documents[entry.Id] = (await store.GetJsonAsync(entry.Id))!;
        return documents;
    }

    private static async Task<HashSet<string>> IdsAsync(string setting)
    {
        await using var store = OffreStoreFactory.Open(StoreLocation.Parse(setting), new FakeTimeProvider());
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entry in store.StreamOffersAsync())
            ids.Add(entry.Id);
        return ids;
    }
}
