using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Cli.Tests;

public sealed class StoreCommandsTests(TestStores stores) : IClassFixture<TestStores>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Migrate_applies_the_schema_once(StoreKind kind)
    {
        var store = (await stores.CreateLocationAsync(kind)).Setting;

        var first = await CliRun.InvokeAsync("migrate", "--store", store);
        var second = await CliRun.InvokeAsync("migrate", "--store", store);

        Assert.Equal(0, first.ExitCode);
        Assert.DoesNotContain(" 0 migration", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains(" 0 migration(s) appliquée(s)", second.Output, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Seeding_an_unmigrated_postgres_base_says_to_run_migrate_first()
    {
        var store = (await stores.CreateLocationAsync(StoreKind.Postgres)).Setting;

        var run = await CliRun.InvokeAsync("seed", "--offers", "5", "--store", store);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("openemploi migrate", run.Output, StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Stats_counts_offers_by_status_source_and_departement(StoreKind kind)
    {
        var store = (await stores.CreateLocationAsync(kind)).Setting;
        await CliRun.InvokeAsync("migrate", "--store", store);
        await CliRun.InvokeAsync("seed", "--offers", "250", "--store", store);

        var run = await CliRun.InvokeAsync("stats", "--store", store);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("250 offres", run.Output, StringComparison.Ordinal);
        Assert.Contains("published", run.Output, StringComparison.Ordinal);
        Assert.Contains("OPENEMPLOI", run.Output, StringComparison.Ordinal);
        Assert.Contains("75 Paris", run.Output, StringComparison.Ordinal);
    }
}
