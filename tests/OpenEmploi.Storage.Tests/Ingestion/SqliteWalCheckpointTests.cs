using Microsoft.Data.Sqlite;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Storage.Sqlite;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Ingestion;

/// <summary>
/// An import's SQLite writer no longer checkpoints in its commits: a checkpointer beside it copies
/// the WAL into the file from a connection of its own (docs/storage.md, "Guarantees"). Small
/// thresholds here (a few pages) so that a few batches cross them many times.
/// </summary>
public sealed class SqliteWalCheckpointTests(TestStores stores) : StoreTestBase(stores)
{
    private const string Board = "JOBSREGION";
    private static readonly SqliteWalPolicy Small = new(StartPages: 16, BoundPages: 64);

    private static IngestionBatch Batch(long run, int first, int count)
    {
        var batch = new IngestionBatch { RunId = run, Counters = new ImportCounters { Read = count, Created = count } };
        for (var n = first; n < first + count; n++)
        {
            var id = "R" + n;
            batch.Rows.Add(new IngestedRow(Board, id, TestOffres.Id(n), IngestionStatus.Published, [], [], 0, 80, "h" + id, "partner",
                null, "38523", "69", "84", null, Start, Start, null, run, "{\"v\":\"" + id + "\"}"));
            batch.Upserts.Add(TestOffres.Entry(n, Board, id));
        }
        batch.PrepareUpserts();
        return batch;
    }

    // The WAL's size once the import is over. SQLite deletes the file when the last connection to
    // the base closes (it checkpoints it fully first), which happens when no other connection of the
    // pool is open at that moment: a missing file is an empty WAL too.
    private static long WalBytes(StoreLocation location)
    {
        var wal = new FileInfo(new SqliteConnectionStringBuilder(location.ConnectionString).DataSource + "-wal");
        return wal.Exists ? wal.Length : 0;
    }

    [Fact]
    public async Task An_import_checkpoints_its_wal_beside_the_writer_keeps_it_bounded_and_leaves_it_empty()
    {
        var (store, location) = await OpenWithLocationAsync(StoreKind.Sqlite);
        await using var _ = store;
        await using var ingestion = (SqlIngestionStore)IngestionStoreFactory.Open(location, Time);
        ingestion.SqliteWal = Small;
        var run = await ingestion.StartRunAsync(Board, "flux.xml", fullFeed: false);

        var wal = new List<int>();
        for (var b = 0; b < 40; b++)
        {
            await ingestion.ApplyBatchesAsync([Batch(run, 1 + (b * 20), 20)]);
            wal.Add(ingestion.SqliteCheckpointer!.LastWalPages);
        }
        // The first commit's count includes what the migrations left in the WAL.
        var before = wal[0];
        wal.RemoveAt(0);
        var passes = ingestion.SqliteCheckpointer!.PassesRun;
        var appended = ingestion.SqliteCheckpointer.PagesAppended;
        var copied = ingestion.SqliteCheckpointer.PagesCheckpointed;

        // The WAL's pages after each commit: it grows by a commit's pages, and starts over once
        // the passes have copied it. Without checkpoints it would hold all 40 commits; the passes
        // ran in the background and the bound held it to one commit past it.
        var commit = wal.Zip(wal.Skip(1), (a, b) => b - a).Max();
        var trace = string.Join(' ', wal);
        Assert.True(commit is > 0 and < 64, $"a commit of 20 offers wrote {commit} pages: {trace}");
        Assert.True(passes > 0, "no checkpoint pass ran beside the writer");
        Assert.True(wal.Zip(wal.Skip(1)).Any(p => p.Second < p.First), $"the WAL never started over: {trace}");
        Assert.True(wal.Max() < Small.BoundPages + commit, $"the WAL passed its bound ({Small.BoundPages} pages) by more than a commit: {trace}");
        // What the figures say (the bench prints them): every page a commit appended is counted
        // once, at least the WAL's growth; a pass copies a page at most once (the passes' own
        // counts are cumulative over the WAL, and were once added up as they are).
        var grown = wal.Zip(wal.Skip(1), (a, b) => Math.Max(b - a, 0)).Sum();
        Assert.True(appended >= grown, $"the writer appended {appended} pages, the WAL grew by {grown}: {trace}");
        Assert.True(copied > 0 && copied <= appended + before, $"the passes copied {copied} pages of the {appended} appended (+{before} before): {trace}");

        await ingestion.FinishRunAsync(run, ImportRunInfo.Completed, new ImportCounters { Read = 800, Created = 800 }, null);

        Assert.Null(ingestion.SqliteCheckpointer);
        Assert.Equal(0, WalBytes(location));
        Assert.Equal(800, await store.CountOffersAsync());
        Assert.Equal(800, await ScalarAsync(location, "SELECT count(*) FROM ingested_offers WHERE published_id IN (SELECT id FROM offres)"));
        Assert.Equal("ok", await IntegrityAsync(location));
    }

    [Fact]
    public async Task A_reader_keeps_its_snapshot_while_the_import_commits_and_checkpoints_and_the_wal_empties_after_it()
    {
        var (store, location) = await OpenWithLocationAsync(StoreKind.Sqlite);
        await using var _ = store;
        await using var ingestion = (SqlIngestionStore)IngestionStoreFactory.Open(location, Time);
        ingestion.SqliteWal = Small;
        var run = await ingestion.StartRunAsync(Board, "flux.xml", fullFeed: false);
        for (var b = 0; b < 10; b++)
            await ingestion.ApplyBatchesAsync([Batch(run, 1 + (b * 50), 50)]);

        // A reader (the web app) opens a snapshot in the middle of the import: the commits and the
        // checkpoints that follow change neither what it sees nor the consistency of it.
        await using (var reader = new SqliteConnection(location.ConnectionString))
        {
            await reader.OpenAsync();
            await using var snapshot = reader.BeginTransaction(deferred: true);
            Assert.Equal((500L, 0L), await SnapshotAsync(reader));
            for (var b = 10; b < 30; b++)
            {
                await ingestion.ApplyBatchesAsync([Batch(run, 1 + (b * 50), 50)]);
                Assert.Equal((500L, 0L), await SnapshotAsync(reader));
            }
            Assert.True(ingestion.SqliteCheckpointer!.PassesRun > 0, "no checkpoint pass ran while the reader held its snapshot");
        }
        // A new read sees every commit, consistent.
        await using (var reader = new SqliteConnection(location.ConnectionString))
        {
            await reader.OpenAsync();
            Assert.Equal((1500L, 0L), await SnapshotAsync(reader));
        }

        await ingestion.FinishRunAsync(run, ImportRunInfo.Completed, new ImportCounters { Read = 1500, Created = 1500 }, null);

        Assert.Equal(0, WalBytes(location));
        Assert.Equal(1500, await store.CountOffersAsync());
        Assert.Equal("ok", await IntegrityAsync(location));
    }

    // The offers, and the live rows whose offer is missing (none in a consistent base), in one read.
    private static async Task<(long Offers, long Orphans)> SnapshotAsync(SqliteConnection reader)
    {
        await using var command = reader.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM offres), "
            + "(SELECT count(*) FROM ingested_offers r WHERE r.status = 'published' AND NOT EXISTS (SELECT 1 FROM offres o WHERE o.id = r.published_id))";
        await using var r = await command.ExecuteReaderAsync();
        await r.ReadAsync();
        return (r.GetInt64(0), r.GetInt64(1));
    }

    private static async Task<string> IntegrityAsync(StoreLocation location)
    {
        await using var connection = new SqliteConnection(location.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
