using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

/// <summary>
/// One running platform per store kind for a test class, started on first use on a fake clock of
/// whole seconds (the store keeps microseconds, so deadlines read back exactly as computed), with
/// e-mails written as .eml files to a temporary folder. Subclasses say which part of the host reads
/// the fake clock and which background workers the tests drive themselves.
/// </summary>
public abstract class FakeClockPlatforms(string mailFolderPrefix) : IAsyncLifetime, IDisposable
{
    private readonly TestStores _stores = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<StoreKind, DeveloperPlatform> _platforms = [];

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "openemploi-tests", mailFolderPrefix + "-" + Guid.NewGuid().ToString("N"));

    /// <summary>Registers the fake clock in the host (the developer platform's clock, or the whole host's).</summary>
    protected abstract void UseClock(WebApplicationBuilder builder, FakeTimeProvider clock);

    /// <summary>Settings beside the shared ones (workers the tests run themselves, by RunOnceAsync).</summary>
    protected abstract IEnumerable<string> Settings { get; }

    public async Task<DeveloperPlatform> StartAsync(StoreKind kind)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_platforms.TryGetValue(kind, out var platform))
            {
                var location = await _stores.CreateMigratedLocationAsync(kind);
                var now = TimeProvider.System.GetUtcNow();
                var clock = new FakeTimeProvider(new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero));
                string[] settings =
                [
                    "--OpenEmploi:Api:ApplicationCacheDuration=00:00:01",
                    // Tests drive delivery themselves (RunOnceAsync): a worker of its own would race them for the outbox.
                    "--OpenEmploi:Notifications:Enabled=false",
                    $"--OpenEmploi:Notifications:PickupDirectory={Path.Combine(MailFolder, kind.ToString())}",
                    .. Settings,
                ];
                var running = await RunningPlatform.StartAsync(location.Setting, 200, builder => UseClock(builder, clock), settings);
                platform = new DeveloperPlatform(running, clock);
                _platforms[kind] = platform;
            }
            return platform;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Another, empty base of the same kind (a platform that is not this one).</summary>
    public Task<StoreLocation> CreateOtherStoreAsync(StoreKind kind) => _stores.CreateMigratedLocationAsync(kind);

    public Task InitializeAsync() => _stores.InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var platform in _platforms.Values)
            await platform.Running.DisposeAsync();
        await _stores.DisposeAsync();
        if (Directory.Exists(MailFolder))
            Directory.Delete(MailFolder, recursive: true);
    }

    public void Dispose()
    {
        _gate.Dispose();
        GC.SuppressFinalize(this);
    }
}
