using System.IO.Compression;
using OpenEmploi.OpenData.Publishing;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Cli.Tests;

public sealed class ExportCommandTests(TestStores stores) : IClassFixture<TestStores>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oe-export-cli-").FullName;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Export_writes_a_listed_export_of_every_live_offer_into_the_folder(StoreKind kind)
    {
        var store = (await stores.CreateLocationAsync(kind)).Setting;
        await CliRun.InvokeAsync("migrate", "--store", store);
        await CliRun.InvokeAsync("seed", "--offers", "150", "--store", store);

        var run = await CliRun.InvokeAsync("export", "--into", _folder, "--store", store);

        Assert.Equal(0, run.ExitCode);
        var export = Assert.Single(new ExportDirectory(_folder).List());
        Assert.Equal(150, export.Manifest.Offres);
        Assert.Contains(export.Manifest.Id, run.Output, StringComparison.Ordinal);
        Assert.Contains(export.Manifest.File(ExportFileNames.Csv).Sha256, run.Output, StringComparison.Ordinal);
        using var csv = new StreamReader(new GZipStream(File.OpenRead(export.PathOf(ExportFileNames.Csv)), CompressionMode.Decompress));
        Assert.StartsWith("idAnonyme,dateCreation,", await csv.ReadLineAsync(), StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite)]
    public async Task Export_applies_the_rare_cell_threshold_it_is_given_and_refuses_one_below_1(StoreKind kind)
    {
        var store = (await stores.CreateLocationAsync(kind)).Setting;
        await CliRun.InvokeAsync("migrate", "--store", store);
        await CliRun.InvokeAsync("seed", "--offers", "150", "--store", store);

        var refused = await CliRun.InvokeAsync("export", "--into", _folder, "--min-cell-offers", "0", "--store", store);
        var run = await CliRun.InvokeAsync("export", "--into", _folder, "--min-cell-offers", "2", "--store", store);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("--min-cell-offers doit être d'au moins 1 (reçu 0)", refused.Output, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
        var generalised = Assert.Single(new ExportDirectory(_folder).List()).Manifest.Generalisations!;
        Assert.Equal(2, generalised.Seuil);
        Assert.Contains($"Cellules rares (k = 2) : {generalised.CommuneVersDepartement:N0} lignes de la commune au département", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
