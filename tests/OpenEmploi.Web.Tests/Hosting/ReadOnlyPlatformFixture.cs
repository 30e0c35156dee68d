using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Web.Tests.Hosting;

/// <summary>
/// One running platform on a new SQLite base with <paramref name="demoOffers"/> demo offers, started
/// once for a whole test class whose tests only read from it (pages, documents). A start costs
/// seconds of CPU; a class of page checks needs one platform, not one per test. A test that writes
/// to the base, changes settings or checks start-up itself starts its own.
/// </summary>
public abstract class ReadOnlyPlatformFixture(int demoOffers) : IAsyncLifetime
{
    private readonly TestStores _stores = new();
    private RunningPlatform? _platform;

    public RunningPlatform Platform => _platform ?? throw new InvalidOperationException("The platform starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        await _stores.InitializeAsync();
        var location = await _stores.CreateLocationAsync(StoreKind.Sqlite);
        _platform = await RunningPlatform.StartAsync(location.Setting, demoOffers);
    }

    public async Task DisposeAsync()
    {
        if (_platform is not null)
            await _platform.DisposeAsync();
        await _stores.DisposeAsync();
    }
}

/// <summary>The portal's pages over 50 demo offers.</summary>
public sealed class PortalPagesPlatform() : ReadOnlyPlatformFixture(50);

/// <summary>The home page and its neighbours over 400 demo offers (the home page shows the count).</summary>
public sealed class HomePagePlatform() : ReadOnlyPlatformFixture(400);
