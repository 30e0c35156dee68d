using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.Statistics;
using OpenEmploi.Web.Tests.Hosting;
using static OpenEmploi.Web.Tests.Statistics.StatisticsCells;

namespace OpenEmploi.Web.Tests.Statistics;

/// <summary>One platform per store whose statistics downloads go to a folder of their own.</summary>
public sealed class StatisticsDownloadsFixture : IAsyncLifetime
{
    private readonly TestStores _stores = new();
    private readonly Dictionary<StoreKind, RunningPlatform> _platforms = [];
    private readonly string _folder = Directory.CreateTempSubdirectory("oe-stats-").FullName;

    public async Task<RunningPlatform> StartAsync(StoreKind kind)
    {
        if (!_platforms.TryGetValue(kind, out var platform))
        {
            var location = await _stores.CreateMigratedLocationAsync(kind);
            platform = await RunningPlatform.StartAsync(location.Setting, 10,
                $"--OpenEmploi:Statistics:Downloads:Directory={Path.Combine(_folder, kind.ToString())}");
            _platforms[kind] = platform;
        }
        return platform;
    }

    public Task InitializeAsync() => _stores.InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var platform in _platforms.Values)
            await platform.DisposeAsync();
        await _stores.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The CSV file of every published table, in the open-data catalogue, in step with the store.</summary>
public sealed class StatisticsDownloadsTests(StatisticsDownloadsFixture fixture) : IClassFixture<StatisticsDownloadsFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Each_table_is_a_catalogue_dataset_whose_csv_holds_every_published_cell_with_secret_for_masked_ones(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var client = platform.Client;
        var downloads = platform.Services.GetRequiredService<StatisticsDownloads>();

        // Before any computation the datasets are listed, without files.
        await downloads.RefreshAsync(CancellationToken.None);
        using (var empty = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/1/datasets/statistiques-demandeurs-emploi/", UriKind.Relative))))
            Assert.Equal(0, empty.RootElement.GetProperty("resources").GetArrayLength());

        await PublishAsync(platform.Services, PeriodKind.Quarter, "2030T2", new DateTimeOffset(2030, 7, 15, 2, 0, 0, TimeSpan.Zero),
            Cell("DE_1", TerritoryLevel.Departement, "69", "CATCAND", "ABC", "2030T2", 1234, 12.5),
            Cell("DE_1", TerritoryLevel.Departement, "69", "CATCAND", "ABC", "2030T2", null, mask: MaskReason.SmallCount, characteristicType: "AGE", characteristicCode: "MOINS25"),
            Cell("DE_1", TerritoryLevel.Epci, "200046977", "CATCAND", "A", "2030T2", 4321.5),
            Cell("OFF_1", TerritoryLevel.Nation, "FR", "ORIGINEOFF", "TOUTES", "2030T2", 98765, activityType: "NAF", activityCode: "62.01Z"));
        Assert.True(await downloads.RefreshAsync(CancellationToken.None));
        Assert.False(await downloads.RefreshAsync(CancellationToken.None));

        using var dataset = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/1/datasets/statistiques-demandeurs-emploi/", UriKind.Relative)));
        Assert.Equal("lov2", dataset.RootElement.GetProperty("license").GetString());
        Assert.Equal("quarterly", dataset.RootElement.GetProperty("frequency").GetString());
        var resource = Assert.Single(dataset.RootElement.GetProperty("resources").EnumerateArray());
        Assert.Equal("csv", resource.GetProperty("format").GetString());
        var url = new Uri(resource.GetProperty("url").GetString()!);
        Assert.EndsWith("/donnees/statistiques-demandeurs-emploi/demandeurs-emploi.csv", url.AbsolutePath, StringComparison.Ordinal);

        using var response = await client.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(resource.GetProperty("checksum").GetProperty("value").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.NotEqual(0xEF, bytes[0]);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', StatisticsCsvWriter.Columns), lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains("DE_1,DEP,69,Rhône,CUMUL,CUMUL,Tous métiers et secteurs,CATCAND,ABC,\"Catégories A, B, C\",,,,TRIMESTRE,2030T2,1234,12.5", lines);
        Assert.Contains("DE_1,DEP,69,Rhône,CUMUL,CUMUL,Tous métiers et secteurs,CATCAND,ABC,\"Catégories A, B, C\",AGE,MOINS25,Moins de 25 ans,TRIMESTRE,2030T2,secret,secret", lines);
        Assert.Contains(lines, line => line.StartsWith("DE_1,EPCI,200046977,", StringComparison.Ordinal) && line.EndsWith(",2030T2,4321.5,", StringComparison.Ordinal));

        // The offers table has its own file, labelled with the NAF sub-class.
        using var offers = await client.GetAsync(new Uri("/donnees/statistiques-offres-emploi/offres-emploi.csv", UriKind.Relative));
        var offerLines = (await offers.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, offerLines.Length);
        Assert.StartsWith("OFF_1,NAT,FR,France,NAF,62.01Z,Programmation informatique,ORIGINEOFF,TOUTES,Toutes origines,", offerLines[1], StringComparison.Ordinal);

        // The DCAT-AP export lists the datasets with their distribution.
        var dcat = await client.GetStringAsync(new Uri("/donnees/catalogue.jsonld", UriKind.Relative));
        Assert.Contains("statistiques-tension-metiers", dcat, StringComparison.Ordinal);
        Assert.Contains("/donnees/statistiques-demandeurs-emploi/demandeurs-emploi.csv", dcat, StringComparison.Ordinal);
        // And the portal's catalogue page.
        var page = await client.GetStringAsync(new Uri("/donnees?tag=statistiques", UriKind.Relative));
        Assert.Contains("href=\"/donnees/statistiques-embauches\"", page, StringComparison.Ordinal);
    }
}
