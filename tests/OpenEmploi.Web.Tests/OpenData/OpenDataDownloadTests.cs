using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenEmploi.OpenData;
using OpenEmploi.OpenData.Publishing;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.OpenData;

/// <summary>The node exports on its own when it has no export, then serves the newest one at stable URLs, without a token.</summary>
public sealed class OpenDataDownloadTests(TestStores stores) : IClassFixture<TestStores>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oe-opendata-web-").FullName;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_node_exports_at_start_up_and_the_latest_urls_serve_the_newest_export(StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);
        await using var platform = await RunningPlatform.StartAsync(location.Setting, 200,
            "--OpenEmploi:OpenData:Enabled=true", $"--OpenEmploi:OpenData:Directory={_folder}", "--OpenEmploi:OpenData:MinimumCellOffers=3");
        var first = await WaitForExportAsync(platform.Client);
        Assert.Equal(200, first.GetProperty("offres").GetInt64());
        // The rare-cell rule ran with the configured k; on 200 offers most communes are rare.
        var generalised = first.GetProperty("generalisations");
        Assert.Equal(3, generalised.GetProperty("seuil").GetInt32());
        Assert.True(generalised.GetProperty("communeVersDepartement").GetInt64() > 0);

        // A newer export (as `openemploi export` would write it) becomes the latest at once.
        var store = platform.Services.GetRequiredService<IOffreStore>();
        var newer = await new OpenDataExporter(store, new ExportDirectory(_folder), new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddHours(1))).ExportAsync(default);
        using var listing = JsonDocument.Parse(await platform.Client.GetStringAsync(new Uri("/donnees/offres/exports", UriKind.Relative)));
        Assert.Equal(newer.Manifest.Id, listing.RootElement.GetProperty("exports")[0].GetProperty("id").GetString());

        foreach (var (url, file) in new[] { ("latest.csv.gz", ExportFileNames.Csv), ("latest.jsonl.gz", ExportFileNames.JsonLines), ("dictionnaire", ExportFileNames.Dictionary), ("methodologie", ExportFileNames.Methodology) })
        {
            using var response = await platform.Client.GetAsync(new Uri("/donnees/offres/" + url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(newer.Manifest.File(file).Sha256, Convert.ToHexStringLower(SHA256.HashData(body)));
            Assert.Equal($"\"{newer.Manifest.File(file).Sha256}\"", response.Headers.ETag!.Tag);
        }

        // The listing's dated URLs serve the older export too.
        var older = listing.RootElement.GetProperty("exports")[1].GetProperty("fichiers")[0];
        var olderBody = await platform.Client.GetByteArrayAsync(new Uri(older.GetProperty("url").GetString()!));
        Assert.Equal(older.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(olderBody)));
        Assert.Equal(older.GetProperty("taille").GetInt64(), olderBody.LongLength);
    }

    [Fact]
    public async Task Downloads_answer_ranges_and_revalidation_and_404_before_the_first_export()
    {
        var location = await stores.CreateMigratedLocationAsync(StoreKind.Sqlite);
        await using var platform = await RunningPlatform.StartAsync(location.Setting, 100, $"--OpenEmploi:OpenData:Directory={_folder}");
        using (var none = await platform.Client.GetAsync(new Uri("/donnees/offres/latest.csv.gz", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);

        var store = platform.Services.GetRequiredService<IOffreStore>();
        var export = await new OpenDataExporter(store, new ExportDirectory(_folder), TimeProvider.System).ExportAsync(default);
        var csv = export.Manifest.File(ExportFileNames.Csv);

        using var range = new HttpRequestMessage(HttpMethod.Get, "/donnees/offres/latest.csv.gz");
        range.Headers.Range = new RangeHeaderValue(10, 109);
        using var partial = await platform.Client.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(100, (await partial.Content.ReadAsByteArrayAsync()).Length);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/donnees/offres/latest.csv.gz");
        revalidate.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{csv.Sha256}\""));
        using var notModified = await platform.Client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var unknown = await platform.Client.GetAsync(new Uri($"/donnees/offres/exports/{export.Manifest.Id}/..%2Fsecret", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<JsonElement> WaitForExportAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            using var listing = JsonDocument.Parse(await client.GetStringAsync(new Uri("/donnees/offres/exports", UriKind.Relative)));
            var exports = listing.RootElement.GetProperty("exports");
            if (exports.GetArrayLength() > 0)
                return exports[0].Clone();
            await Task.Delay(250);
        }
        throw new TimeoutException("aucun export au démarrage en 60 s");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
