using System.Text;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Publication;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Ingestion.Tests.Feeds;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Ingestion.Tests.Pipeline;

/// <summary>
/// The documents of the members the index does not hold (base offers no ingestion produced, records
/// of earlier sessions) are read from the store once per batch, together, when the batch is taken
/// (docs/ingestion.md, "The de-duplication index at the start of a run"). The offers published so
/// are those the index composes from the stored members read one by one, and a member whose
/// document is gone from the store fails the import as it did when it was read at the decision.
/// </summary>
public sealed class BatchedDocumentReadsTests(TestStores stores) : IClassFixture<TestStores>
{
    private const int BaseOffers = 40;

    // Several batches, each with several offers to compose and members to read.
    private static readonly IngestionOptions SmallBatches = new() { BatchSize = 7 };

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Offers_merged_with_documents_read_per_batch_are_those_composed_from_the_members_read_one_by_one(StoreKind kind)
    {
        await using var db = await PipelineBase.CreateAsync(stores, kind);
        var (seeded, copies) = await SeedBaseAsync(db);

        // A board's copies of the base offers: each joins a base offer, read from the offers and adopted.
        var (first, _) = await db.ImportAsync(FeedFormat.Json, copies, options: SmallBatches);
        // Another board's, in a new session: the base offers are now ingested rows, read from them.
        var (second, _) = await db.ImportAsync(FeedFormat.Json, copies, PipelineBase.Other, options: SmallBatches);

        Assert.Equal(0, first.Counters.Errors + second.Counters.Errors);
        Assert.True(first.Counters.Duplicates >= BaseOffers / 2, $"{first.Counters.Duplicates} copies reconnues sur {BaseOffers}");
        Assert.True(second.Counters.Duplicates >= first.Counters.Duplicates, $"{second.Counters.Duplicates} copies reconnues au second import");
        // A session opened afresh composes every published offer from its stored members, reading
        // the canonical member's document alone (DuplicateIndex.Published): the same stored JSON.
        await using var session = await db.SessionAsync();
        var withThreeSources = 0;
        foreach (var (id, _) in await db.PublishedAsync())
        {
            var composed = session.Engine.Index.Published(id);
            Assert.NotNull(composed);
            Assert.Equal(Encoding.UTF8.GetString(ContactDetails.StoredDocument(composed)), db.Ingestion.ReadOffreJson(id));
            if (session.Engine.Index.MembersOf(id).Count == 3)
                withThreeSources++;
        }
        Assert.True(withThreeSources >= first.Counters.Duplicates / 2, $"{withThreeSources} offres à trois membres");
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_member_whose_document_left_the_store_fails_the_import_and_writes_nothing_of_its_batch(StoreKind kind)
    {
        await using var db = await PipelineBase.CreateAsync(stores, kind);
        var (seeded, copies) = await SeedBaseAsync(db);

        // The index is loaded, then the base offers leave the store behind its back.
        await using (var session = await db.SessionAsync())
        {
            foreach (var entry in seeded)
                await db.Offers.DeleteAsync(entry.Id);
            await using var input = new MemoryStream(copies);
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => FeedImporter.ImportAsync(
                session.Engine, new ImportRequest(PipelineBase.Partner, input, FeedFormat.Json, FullFeed: false, "test"), progress: null));
            Assert.Contains("introuvable dans la base", error.Message, StringComparison.Ordinal);
        }

        var run = Assert.Single(await db.Ingestion.ListRunsAsync(PipelineBase.Partner, 5));
        Assert.Equal((ImportRunInfo.Failed, 0L), (run.Status, run.Counters.Read));
        await foreach (var row in db.Ingestion.StreamRowsAsync())
            Assert.Fail($"Ligne écrite malgré l'échec : {row.SourceCode}/{row.SourceId}");
        Assert.Empty(await db.PublishedAsync());
    }

    /// <summary>Seeds <see cref="BaseOffers"/> base offers no ingestion produced; returns them and a board's feed of their copies.</summary>
    private static async Task<(List<OffreEntry> Seeded, byte[] Copies)> SeedBaseAsync(PipelineBase db)
    {
        var seeded = FeedSamples.Entries.Take(BaseOffers).ToList();
        await db.Offers.UpsertSourcesAsync(FeedSamples.Generator.Partenaires);
        await db.Offers.BulkInsertAsync(seeded);
        return (seeded, await FeedSamples.WriteAsync(FeedFormat.Json, seeded, FeedSamples.WithExtras()));
    }
}
