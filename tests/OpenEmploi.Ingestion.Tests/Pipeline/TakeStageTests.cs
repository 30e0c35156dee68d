using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Ingestion.Tests.Feeds;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Ingestion.Tests.Pipeline;

/// <summary>
/// Each decided batch is taken (its documents read from the store, its rows, prints and offers
/// serialised) by a stage of its own while the next batches are decided (docs/ingestion.md, "The
/// take stage"): what is stored must be what taking each batch before the next one's decisions
/// stored, whatever the batches' size.
/// </summary>
public sealed class TakeStageTests(TestStores stores) : IClassFixture<TestStores>
{
    private const int BaseOffers = 30;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Batches_taken_while_the_next_are_decided_store_what_taking_each_before_the_next_decisions_stored(StoreKind kind)
    {
        // A board's copy of each base offer, sent twice, changed the second time: the first adopts
        // the base offer (its document read from the offers, its own row written by that batch),
        // the second, in the next batch of one record, changes the same published offer while the
        // first batch may still be taken or written, and needs the base offer's document again.
        var seeded = FeedSamples.Entries.Take(BaseOffers).ToList();
        var copies = new List<OffreEntry>();
        foreach (var entry in seeded)
        {
            copies.Add(entry);
            var changed = OffreJson.Deserialize(OffreJson.Serialize(entry.Offre));
            changed.Description += "\nPoste ouvert aux débutants.";
            copies.Add(entry with { Offre = changed });
        }
        var feed = await FeedSamples.WriteAsync(FeedFormat.Json, copies, FeedSamples.WithExtras());

        async Task<Stored> RunAsync(int batchSize, bool takeAhead)
        {
            await using var db = await PipelineBase.CreateAsync(stores, kind);
            await db.Offers.UpsertSourcesAsync(FeedSamples.Generator.Partenaires);
            await db.Offers.BulkInsertAsync(seeded);
            var options = new IngestionOptions { BatchSize = batchSize, TakeAhead = takeAhead };
            var (result, report) = await db.ImportAsync(FeedFormat.Json, feed, options: options);
            Assert.Equal(0, result.Counters.Errors);
            Assert.True(result.Counters.Duplicates >= BaseOffers / 2, $"{result.Counters.Duplicates} copies reconnues");
            Assert.True(result.Counters.Updated >= BaseOffers / 2, $"{result.Counters.Updated} copies changées");
            return await StoredAsync(db, report);
        }

        foreach (var size in new[] { 1, 2 })
        {
            // Each batch taken on the deciding thread before the next decisions, as before the stage.
            var inline = await RunAsync(size, takeAhead: false);
            var staged = await RunAsync(size, takeAhead: true);
            Assert.Equal(inline.Report, staged.Report);
            Assert.Equal(inline.Published, staged.Published);
            Assert.Equal(inline.Rows, staged.Rows);
            // The prints record the boilerplate lines the source's table dropped as each batch was
            // closed (the table learns from every decision), which the frozen table keeps.
            Assert.Equal(inline.Prints, staged.Prints);
        }
        // Decisions and offers do not depend on the batches either (the prints do, by the table's learning).
        var whole = await RunAsync(1000, takeAhead: true);
        var one = await RunAsync(1, takeAhead: true);
        Assert.Equal(whole.Report, one.Report);
        Assert.Equal(whole.Published, one.Published);
        Assert.Equal(whole.Rows, one.Rows);
    }

    [Fact]
    public void A_read_in_flight_is_shared_by_the_next_batches_until_the_index_holds_its_document()
    {
        var reads = new MemberDocumentReads();
        var key = new MemberKey("BASE", "100AAAA");
        var first = reads.For(key, "100AAAA", fromOffers: true);
        var closed = reads.Close();

        // The next batch, decided before the first is taken: the base offer it adopted may have a
        // row written by a commit still to come, so it shares the first batch's read.
        Assert.Same(first, reads.For(key, "100AAAA", fromOffers: false));
        Assert.Empty(reads.Close());

        first.Document = new Offre { Id = "100AAAA", Intitule = "Maçon" };
        reads.Done(closed);
        reads.Hold(new DuplicateIndex([], TimeProvider.System));
        // Held by the index from then on (a member the index knows): a later read is the store's.
        var later = reads.For(key, "100AAAA", fromOffers: false);
        Assert.NotSame(first, later);
        Assert.False(later.FromOffers);
    }

    private sealed record Stored(List<string> Report, List<(string Id, string Json)> Published, List<string> Rows, List<string> Prints);

    private static async Task<Stored> StoredAsync(PipelineBase db, List<string> report)
    {
        var rows = new List<string>();
        await foreach (var row in db.Ingestion.StreamRowsAsync())
            rows.Add(string.Join('|', row.SourceCode, row.SourceId, row.PublishedId, row.Status, row.Document));
        rows.Sort(StringComparer.Ordinal);
        var prints = new List<string>();
        await foreach (var row in db.Ingestion.StreamMemberRowsAsync(StoredPrint.Version))
            prints.Add(string.Join('|', row.SourceCode, row.SourceId, row.Print is null ? "-" : Convert.ToHexString(row.Print)));
        prints.Sort(StringComparer.Ordinal);
        return new Stored(report, await db.PublishedAsync(), rows, prints);
    }
}
