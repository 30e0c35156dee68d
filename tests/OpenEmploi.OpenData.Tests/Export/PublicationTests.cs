using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using OpenEmploi.OpenData.Publishing;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.OpenData.Tests.Export;

/// <summary>What a published export promises: true sizes and checksums, retention, and atomicity.</summary>
public sealed class PublicationTests(TestStores stores) : IClassFixture<TestStores>, IDisposable
{
    private static readonly GeneratedBase Base = new();
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 3, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("oe-opendata-").FullName;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Each_file_has_the_size_and_sha256_its_manifest_and_SHA256SUMS_give(StoreKind kind)
    {
        await using var store = await SmallBaseAsync(kind);
        var export = await Exporter(store, new FakeTimeProvider(Start)).ExportAsync(default);

        Assert.Equal(["offres.csv.gz", "offres.jsonl.gz", "dictionnaire.json", "methodologie.md"], export.Manifest.Fichiers.Select(f => f.Nom));
        var sums = File.ReadAllLines(export.PathOf(ExportFileNames.Checksums));
        foreach (var file in export.Manifest.Fichiers)
        {
            var bytes = File.ReadAllBytes(export.PathOf(file.Nom));
            Assert.Equal(bytes.LongLength, file.Taille);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256);
            Assert.Contains($"{file.Sha256}  {file.Nom}", sums);
        }
        Assert.Equal("2026-11-01T030000Z", export.Manifest.Id);
        Assert.Equal(await store.GetLastSequenceAsync(), export.Manifest.Sequence);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Exports_older_than_the_retention_are_deleted_but_never_the_newest(StoreKind kind)
    {
        await using var store = await SmallBaseAsync(kind);
        var time = new FakeTimeProvider(Start);
        var directory = new ExportDirectory(_folder);
        foreach (var days in new[] { 0, 1, 3 })
        {
            time.SetUtcNow(Start.AddDays(days));
            await Exporter(store, time).ExportAsync(default);
        }

        var deleted = directory.Prune(Start.AddDays(3), TimeSpan.FromDays(2), TimeSpan.FromHours(6));

        Assert.Equal(["2026-11-01T030000Z"], deleted);
        Assert.Equal(["2026-11-04T030000Z", "2026-11-02T030000Z"], directory.List().Select(e => e.Manifest.Id));
        // Long after, the newest stays: there is always a latest.
        directory.Prune(Start.AddDays(30), TimeSpan.FromDays(2), TimeSpan.FromHours(6));
        Assert.Equal(["2026-11-04T030000Z"], directory.List().Select(e => e.Manifest.Id));
        Assert.Equal("2026-11-04T030000Z", directory.Latest()!.Manifest.Id);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_cancelled_or_failed_export_leaves_the_previous_latest_as_it_was_and_no_draft(StoreKind kind)
    {
        await using var store = await SmallBaseAsync(kind);
        var time = new FakeTimeProvider(Start);
        var directory = new ExportDirectory(_folder);
        var first = await Exporter(store, time).ExportAsync(default);
        var before = Snapshot(first);
        time.Advance(TimeSpan.FromDays(1));

        using var cancel = new CancellationTokenSource();
        var cancelled = new OpenDataExporter(store, directory, time) { OnOffreWritten = n => { if (n == 50) cancel.Cancel(); } };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.ExportAsync(cancel.Token));
        var failing = new OpenDataExporter(store, directory, time) { OnOffreWritten = n => { if (n == 50) throw new IOException("disque plein"); } };
        await Assert.ThrowsAsync<IOException>(() => failing.ExportAsync(default));

        Assert.Equal(first.Manifest.Id, Assert.Single(directory.List()).Manifest.Id);
        Assert.Equal(before, Snapshot(directory.Latest()!));
        Assert.Equal([first.Folder], Directory.GetDirectories(_folder));
    }

    [Fact]
    public void A_draft_left_by_a_crash_is_never_listed_and_is_removed_once_old()
    {
        var directory = new ExportDirectory(_folder);
        var draft = directory.BeginDraft(Start);
        File.WriteAllText(Path.Combine(draft, ExportFileNames.Csv), "à moitié écrit");
        File.WriteAllText(Path.Combine(draft, "manifeste.json"), "{");

        Assert.Empty(directory.List());
        Assert.Null(directory.Latest());
        directory.Prune(Start.AddHours(1), TimeSpan.FromDays(7), TimeSpan.FromHours(6));
        Assert.True(Directory.Exists(draft), "a young draft may be another process's export in progress");
        directory.Prune(Start.AddHours(7), TimeSpan.FromDays(7), TimeSpan.FromHours(6));
        Assert.False(Directory.Exists(draft));
    }

    private async Task<IOffreStore> SmallBaseAsync(StoreKind kind)
    {
        var store = await stores.OpenAsync(kind, TimeProvider.System);
        await store.UpsertSourcesAsync(Base.Generator.Partenaires);
        await store.BulkInsertAsync(Base.Offres.Take(300).Select(o => o.Entry));
        return store;
    }

    private OpenDataExporter Exporter(IOffreStore store, TimeProvider time) => new(store, new ExportDirectory(_folder), time);

    private static Dictionary<string, string> Snapshot(PublishedExport export) =>
        Directory.GetFiles(export.Folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
