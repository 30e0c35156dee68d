using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Web.Tests.Hosting;

public sealed class PlatformStartupTests(TestStores stores) : IClassFixture<TestStores>
{
    private const int DemoOffers = 300;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task First_run_on_an_empty_base_seeds_demo_offers_and_a_restart_does_not_add_more(StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);

        await using (var first = await RunningPlatform.StartAsync(location.Setting, DemoOffers))
            Assert.Equal(DemoOffers, await first.Services.GetRequiredService<IOffreStore>().CountOffersAsync());

        await using var second = await RunningPlatform.StartAsync(location.Setting, DemoOffers);
        Assert.Equal(DemoOffers, await second.Services.GetRequiredService<IOffreStore>().CountOffersAsync());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Health_endpoints_say_the_platform_is_live_and_ready(StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);
        await using var platform = await RunningPlatform.StartAsync(location.Setting, DemoOffers);

        var live = await platform.Client.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await platform.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [PostgresFact]
    public async Task A_postgres_base_that_was_never_migrated_stops_start_up_with_directions()
    {
        var location = await stores.CreateLocationAsync(StoreKind.Postgres);

        var error = await Assert.ThrowsAsync<StoreNotMigratedException>(() => RunningPlatform.StartAsync(location.Setting, DemoOffers));

        Assert.Contains("openemploi migrate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embedded_sqlite_default_creates_and_migrates_its_file_by_itself()
    {
        var location = await stores.CreateLocationAsync(StoreKind.Sqlite);
        Assert.False(File.Exists(location.SqlitePath));

        await using var platform = await RunningPlatform.StartAsync(location.Setting, DemoOffers);

        Assert.True(File.Exists(location.SqlitePath));
        Assert.Empty(await platform.Services.GetRequiredService<IOffreStore>().GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Demo_data_can_be_switched_off()
    {
        var location = await stores.CreateLocationAsync(StoreKind.Sqlite);

        await using var platform = await RunningPlatform.StartAsync(location.Setting, DemoOffers, "--OpenEmploi:DemoData:Enabled=false");

        Assert.Equal(0, await platform.Services.GetRequiredService<IOffreStore>().CountOffersAsync());
    }
}
