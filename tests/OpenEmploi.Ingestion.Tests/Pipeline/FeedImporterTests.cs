using System.Text;
using System.Text.Json;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Ingestion.Tests.Feeds;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Ingestion.Tests.Pipeline;

public sealed class FeedImporterTests(TestStores stores) : IClassFixture<TestStores>
{
    private static Task<byte[]> FeedAsync(FeedFormat format, int skip, int count) =>
        FeedSamples.WriteAsync(format, FeedSamples.Entries.Skip(skip).Take(count), FeedSamples.WithExtras());

    private static string Decision(string line) => JsonDocument.Parse(line).RootElement.GetProperty("decision").GetString()!;

    [Theory]
    [InlineData(FeedFormat.Json), InlineData(FeedFormat.JsonLd), InlineData(FeedFormat.Xml), InlineData(FeedFormat.Csv)]
    public Task A_feed_is_imported_then_a_rerun_changes_nothing(FeedFormat format) => ImportTwiceAsync(StoreKind.Sqlite, format);

    [PostgresTheory]
    [InlineData(FeedFormat.Json), InlineData(FeedFormat.Csv)]
    public Task A_feed_is_imported_then_a_rerun_changes_nothing_on_postgres(FeedFormat format) => ImportTwiceAsync(StoreKind.Postgres, format);

    private async Task ImportTwiceAsync(StoreKind kind, FeedFormat format)
    {
        await using var db = await PipelineBase.CreateAsync(stores, kind);
        var feed = await FeedAsync(format, 0, 30);

        var (first, report) = await db.ImportAsync(format, feed);

        var c = first.Counters;
        Assert.Equal(30, c.Read);
        Assert.Equal(30, report.Count);
        Assert.Equal(30, c.Created + c.Blocked + c.Held + c.Rejected);
        Assert.Equal(0, c.Errors);
        var published = await db.PublishedAsync();
        Assert.Equal(c.Created - c.Duplicates, published.Count);
        Assert.Equal(c.Duplicates, report.Count(l => Decision(l) == Decisions.Duplicate));
        await db.AssertConsistentAsync();
        var sequence = await db.Offers.GetLastSequenceAsync();

        var (second, again) = await db.ImportAsync(format, feed);

        Assert.Equal(30, second.Counters.Unchanged);
        Assert.All(again, l => Assert.Equal(Decisions.Unchanged, Decision(l)));
        Assert.Equal(sequence, await db.Offers.GetLastSequenceAsync());
        Assert.Equal(published, await db.PublishedAsync());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_partner_copy_is_a_duplicate_listing_both_partners_and_goes_with_its_last_source(StoreKind kind)
    {
        await using var db = await PipelineBase.CreateAsync(stores, kind);
        var feed = await FeedAsync(FeedFormat.Json, 0, 5);
        var (first, _) = await db.ImportAsync(FeedFormat.Json, feed);
        var before = await db.PublishedAsync();

        var (copy, report) = await db.ImportAsync(FeedFormat.Json, feed, PipelineBase.Other, full: true);

        Assert.Equal(first.Counters.Created, copy.Counters.Duplicates);
        var after = await db.PublishedAsync();
        Assert.Equal(before.Select(o => o.Id), after.Select(o => o.Id));
        var offre = await db.Offers.GetAsync(after[0].Id);
        Assert.Equal(2, offre!.OrigineOffre!.Partenaires!.Count);

        // The second source drops everything: the offers stay, published by the first source.
        var (emptied, _) = await db.ImportAsync(FeedFormat.Json, Encoding.UTF8.GetBytes("[]"), PipelineBase.Other, full: true);
        Assert.Equal(copy.Counters.Read, emptied.Counters.Deleted);
        Assert.Equal(before.Select(o => o.Id), (await db.PublishedAsync()).Select(o => o.Id));
        Assert.Single((await db.Offers.GetAsync(after[0].Id))!.OrigineOffre!.Partenaires!);
        await db.AssertConsistentAsync();

        // Then the first: the offers are gone.
        var (gone, _) = await db.ImportAsync(FeedFormat.Json, Encoding.UTF8.GetBytes("[]"), PipelineBase.Partner, full: true);
        Assert.Equal(first.Counters.Read, gone.Counters.Deleted);
        Assert.Empty(await db.PublishedAsync());
        await db.AssertConsistentAsync();
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Broken_records_are_reported_with_their_line_and_the_run_goes_on(StoreKind kind)
    {
        await using var db = await PipelineBase.CreateAsync(stores, kind);
        var lines = Encoding.UTF8.GetString(await FeedSamples.WriteAsync(FeedFormat.Json, FeedSamples.Entries.Take(3), new FeedWriterOptions { JsonLines = true }))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines.Insert(1, "{\"id\": 42, \"intitule\": \"x\"}");
        var feed = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");

        var (result, report) = await db.ImportAsync(FeedFormat.Json, feed);

        Assert.Equal((4L, 1L), (result.Counters.Read, result.Counters.Errors));
        var error = JsonDocument.Parse(report[1]).RootElement;
        Assert.Equal((Decisions.Error, 2), (error.GetProperty("decision").GetString(), error.GetProperty("line").GetInt32()));
        Assert.NotEqual(Decisions.Error, Decision(report[3]));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Batches_prepared_ahead_of_the_decisions_give_the_same_decisions_and_ids_whatever_their_size(StoreKind kind)
    {
        // The next batch is prepared while one is decided: decisions, ids and offers must not depend on it.
        var feed = await FeedAsync(FeedFormat.Json, 0, 40);
        // A board's copies of half of them, and a record sent twice, changed the second time: the
        // third copy of it (same as the second) is unchanged, whichever batch each falls in.
        var entries = FeedSamples.Entries.Skip(20).Take(40).ToList();
        var offre = Core.Offres.OffreJson.Deserialize(Core.Offres.OffreJson.Serialize(entries[5].Offre));
        offre.Description += "\nPoste ouvert aux débutants.";
        var changed = entries[5] with { Offre = offre };
        entries.Insert(9, changed);
        entries.Insert(16, changed);
        var copies = await FeedSamples.WriteAsync(FeedFormat.Json, entries, FeedSamples.WithExtras());

        async Task<(List<string> First, List<string> Second, List<(string, string)> Published)> RunAsync(int batchSize)
        {
            await using var db = await PipelineBase.CreateAsync(stores, kind);
            var options = new IngestionOptions { BatchSize = batchSize };
            var (_, first) = await db.ImportAsync(FeedFormat.Json, feed, options: options);
            var (second, report) = await db.ImportAsync(FeedFormat.Json, copies, PipelineBase.Other, options: options);
            Assert.Equal(1, second.Counters.Unchanged);
            await db.AssertConsistentAsync();
            return (first, report, await db.PublishedAsync());
        }

        var whole = await RunAsync(1000);
        var small = await RunAsync(3);

        Assert.Equal(whole.First, small.First);
        Assert.Equal(whole.Second, small.Second);
        Assert.Equal(whole.Published, small.Published);
        Assert.Equal(Decisions.Unchanged, Decision(small.Second[16]));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task An_import_killed_between_batches_reruns_to_the_state_of_an_uninterrupted_one(StoreKind kind)
    {
        var feed = await FeedAsync(FeedFormat.Json, 0, 40);
        var copies = await FeedAsync(FeedFormat.Json, 20, 40);
        await using var reference = await PipelineBase.CreateAsync(stores, kind);
        await reference.ImportAsync(FeedFormat.Json, feed);
        await reference.ImportAsync(FeedFormat.Json, copies, PipelineBase.Other);

        await using var db = await PipelineBase.CreateAsync(stores, kind);
        await db.ImportAsync(FeedFormat.Json, feed);
        var killed = new IngestionOptions
        {
            BatchSize = 7,
            // One batch per commit, so that batch 3 ends one whatever the writer's pace.
            MaxBatchesPerCommit = 1,
            AfterBatch = (n, _) => n == 3 ? throw new IOException("processus tué") : Task.CompletedTask,
        };
        await Assert.ThrowsAsync<IOException>(() => db.ImportAsync(FeedFormat.Json, copies, PipelineBase.Other, options: killed));
        await db.AssertConsistentAsync();
        var runs = await db.Ingestion.ListRunsAsync(PipelineBase.Other, 5);
        Assert.Equal((ImportRunInfo.Failed, 21L), (runs[0].Status, runs[0].Counters.Read));

        var (rerun, _) = await db.ImportAsync(FeedFormat.Json, copies, PipelineBase.Other);

        Assert.Equal(21, rerun.Counters.Unchanged);
        await db.AssertConsistentAsync();
        Assert.Equal(await reference.PublishedAsync(), await db.PublishedAsync());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Batches_decided_while_the_writer_is_behind_share_a_commit_and_give_the_same_base(StoreKind kind)
    {
        var feed = await FeedAsync(FeedFormat.Json, 0, 40);
        var copies = await FeedAsync(FeedFormat.Json, 20, 40);
        await using var reference = await PipelineBase.CreateAsync(stores, kind);
        await reference.ImportAsync(FeedFormat.Json, feed);
        var (alone, _) = await reference.ImportAsync(FeedFormat.Json, copies, PipelineBase.Other, options: new IngestionOptions { BatchSize = 7, MaxBatchesPerCommit = 1 });

        await using var db = await PipelineBase.CreateAsync(stores, kind);
        await db.ImportAsync(FeedFormat.Json, feed);
        var writer = new WriterHeldBack();
        var options = new IngestionOptions { BatchSize = 7, AfterBatch = writer.AfterBatch };
        var (grouped, _) = await db.ImportAsync(FeedFormat.Json, copies, PipelineBase.Other, options: options, progress: writer);

        // 40 records in batches of 7: one commit each alone. Held back: the first commit (batch 1,
        // or more if the writer's task started late), then the batches waiting, 4 at most a commit.
        Assert.Equal(6, alone.Stages!.Commits);
        Assert.InRange(grouped.Stages!.Commits, 2, 3);
        Assert.Equal(alone.Counters.Created, grouped.Counters.Created);
        Assert.Equal(alone.Counters.Duplicates, grouped.Counters.Duplicates);
        await db.AssertConsistentAsync();
        Assert.Equal(await reference.PublishedAsync(), await db.PublishedAsync());
        Assert.Equal(await RowsAsync(reference), await RowsAsync(db));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task An_import_killed_after_a_commit_of_several_batches_reruns_to_the_state_of_an_uninterrupted_one(StoreKind kind)
    {
        var feed = await FeedAsync(FeedFormat.Json, 0, 40);
        var copies = await FeedAsync(FeedFormat.Json, 20, 40);
        await using var reference = await PipelineBase.CreateAsync(stores, kind);
        await reference.ImportAsync(FeedFormat.Json, feed);
        await reference.ImportAsync(FeedFormat.Json, copies, PipelineBase.Other);

        await using var db = await PipelineBase.CreateAsync(stores, kind);
        await db.ImportAsync(FeedFormat.Json, feed);
        var writer = new WriterHeldBack();
        // The commit holding batch 3 holds others (2–5 when batch 1 was committed alone; 1–3 or 1–4
        // when the writer's task started late, 3–6 after 1–2): the process dies after it, with all
        // of them committed.
        var killed = new IngestionOptions
        {
            BatchSize = 7,
            AfterBatch = (n, ct) => n == 3 ? throw new IOException("processus tué") : writer.AfterBatch(n, ct),
        };
        await Assert.ThrowsAsync<IOException>(() => db.ImportAsync(FeedFormat.Json, copies, PipelineBase.Other, options: killed, progress: writer));
        await db.AssertConsistentAsync();
        var runs = await db.Ingestion.ListRunsAsync(PipelineBase.Other, 5);
        Assert.Equal(ImportRunInfo.Failed, runs[0].Status);
        var committed = runs[0].Counters.Read;
        Assert.True(committed is 21 or 28 or 35 or 40, $"{committed} records committed: whole batches, batch 3's commit included");

        var (rerun, _) = await db.ImportAsync(FeedFormat.Json, copies, PipelineBase.Other);

        Assert.Equal(committed, rerun.Counters.Unchanged);
        await db.AssertConsistentAsync();
        Assert.Equal(await reference.PublishedAsync(), await db.PublishedAsync());
    }

    private static async Task<List<string>> RowsAsync(PipelineBase db)
    {
        var rows = new List<string>();
        await foreach (var row in db.Ingestion.StreamRowsAsync())
            rows.Add($"{row.SourceCode}/{row.SourceId}: {row.Status} {row.PublishedId} {row.ContentHash} {string.Join(' ', row.Codes)}");
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>
    /// A writer slower than the decisions, deterministically: the write of batch 1 does not end
    /// (its AfterBatch) until batch 5 is decided and submitted (the importer reports its progress
    /// once after each submission; not its Read counter, which the feed's reader moves ahead of the
    /// decisions), so batches 2–5 wait for the writer together.
    /// </summary>
    private sealed class WriterHeldBack : IProgress<ImportCounters>
    {
        private readonly TaskCompletionSource _fifthSubmitted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _submitted;

        public void Report(ImportCounters value)
        {
            if (Interlocked.Increment(ref _submitted) >= 5)
                _fifthSubmitted.TrySetResult();
        }

        public Task AfterBatch(int number, CancellationToken ct) =>
            number == 1 ? _fifthSubmitted.Task.WaitAsync(TimeSpan.FromMinutes(1), ct) : Task.CompletedTask;
    }
}
