using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Catalogue;

/// <summary>
/// One running platform per store kind with the open-data export on (it exports its 200 demo offers
/// at start-up into a folder of its own), shared by a test class: the catalogue reads, never writes.
/// </summary>
public sealed class CataloguePlatformFixture : IAsyncLifetime, IDisposable
{
    private readonly TestStores _stores = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<StoreKind, RunningPlatform> _platforms = [];
    private readonly string _folder = Directory.CreateTempSubdirectory("oe-catalogue-").FullName;

    public async Task<RunningPlatform> StartAsync(StoreKind kind)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_platforms.TryGetValue(kind, out var platform))
            {
                var location = await _stores.CreateMigratedLocationAsync(kind);
                platform = await RunningPlatform.StartAsync(location.Setting, 200,
                    "--OpenEmploi:OpenData:Enabled=true", $"--OpenEmploi:OpenData:Directory={Path.Combine(_folder, kind.ToString())}");
                await WaitForExportAsync(platform.Client);
                _platforms[kind] = platform;
            }
            return platform;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task WaitForExportAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            using var listing = JsonDocument.Parse(await client.GetStringAsync(new Uri("/donnees/offres/exports", UriKind.Relative)));
            if (listing.RootElement.GetProperty("exports").GetArrayLength() > 0)
                return;
            await Task.Delay(250);
        }
        throw new TimeoutException("aucun export au démarrage en 60 s");
    }

    public Task InitializeAsync() => _stores.InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var platform in _platforms.Values)
            await platform.DisposeAsync();
        await _stores.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    public void Dispose() => _gate.Dispose();
}
