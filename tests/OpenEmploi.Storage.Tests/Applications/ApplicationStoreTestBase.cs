using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Applications;

/// <summary>
/// Application stores on a fresh migrated base of either provider, on the fake clock. The stores
/// a test opens are disposed after it (the interface itself is not disposable; its implementation is).
/// </summary>
public abstract class ApplicationStoreTestBase(TestStores stores) : StoreTestBase(stores), IAsyncLifetime
{
    private readonly List<IApplicationStore> _opened = [];

    protected async Task<(IApplicationStore Store, StoreLocation Location)> OpenApplicationsAsync(StoreKind kind)
    {
        var location = await Stores.CreateMigratedLocationAsync(kind);
        return (OpenApplications(location), location);
    }

    /// <summary>Another store instance on the same base: what a second node, or a restart, sees.</summary>
    protected IApplicationStore OpenApplications(StoreLocation location)
    {
        var store = ApplicationStoreFactory.Open(location, Time);
        lock (_opened)
            _opened.Add(store);
        return store;
    }

    protected ApiApplication NewApplication(string name = "Mon appli", params string[] scopes) => new(
        ClientCredentials.NewClientId(name),
        name,
        ClientCredentials.HashSecret(ClientCredentials.NewSecret()),
        scopes.Length > 0 ? scopes : ApiScopes.OffresApi,
        ApplicationStatus.Active,
        ApiApplication.DefaultQuotaPerSecond,
        ApiApplication.DefaultQuotaBurst,
        Time.GetUtcNow(),
        Time.GetUtcNow());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            if (store is IAsyncDisposable disposable)
                await disposable.DisposeAsync();
        }
    }
}
