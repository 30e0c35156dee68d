using Microsoft.Extensions.Time.Testing;
using OpenEmploi.OpenData.Publishing;
using OpenEmploi.OpenData.RareCells;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.OpenData.Tests.Export;

/// <summary>
/// The export on several threads writes the same bytes as on one: batches anonymised in parallel
/// (small ones here, so that they finish out of order) are written in the order they were read.
/// </summary>
public sealed class ParallelExportTests(TestStores stores) : IClassFixture<TestStores>, IDisposable
{
    private static readonly GeneratedBase Base = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("oe-opendata-").FullName;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task An_export_on_four_threads_is_byte_identical_to_the_export_on_one(StoreKind kind)
    {
        await using var store = await stores.OpenAsync(kind, TimeProvider.System);
        await Base.SeedAsync(store);

        var single = await ExportAsync(store, "un", parallelism: 1);
        var parallel = await ExportAsync(store, "quatre", parallelism: 4);

        Assert.Equal(Base.Offres.Count, parallel.Manifest.Offres);
        Assert.True(parallel.Manifest.Remplacements.Noms > 0 && parallel.Manifest.Generalisations!.CommuneVersDepartement > 0);
        foreach (var file in Directory.GetFiles(single.Folder).Select(Path.GetFileName))
            Assert.True(File.ReadAllBytes(single.PathOf(file!)).AsSpan().SequenceEqual(File.ReadAllBytes(parallel.PathOf(file!))), $"{file} differs");
        Assert.Equal(Directory.GetFiles(single.Folder).Length, Directory.GetFiles(parallel.Folder).Length);
    }

    private async Task<PublishedExport> ExportAsync(IOffreStore store, string name, int parallelism)
    {
        var exporter = new OpenDataExporter(store, new ExportDirectory(Path.Combine(_folder, name)), new FakeTimeProvider(new DateTimeOffset(GeneratedBase.Now)))
        {
            Parallelism = parallelism,
            BatchSize = 7,
            Places = PlaceLabels.From(GeneratedBase.ReferenceData.Geographie),
        };
        return await exporter.ExportAsync(default);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
