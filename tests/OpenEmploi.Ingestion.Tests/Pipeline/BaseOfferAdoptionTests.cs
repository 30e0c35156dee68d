using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Tests.Feeds;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Ingestion.Tests.Pipeline;

/// <summary>
/// Offers already in the base that no ingestion produced (a seeded or migrated base) are members of
/// the de-duplication index without an ingested row ("unadopted"). When a partner's copy joins one
/// of their clusters, the base offer is adopted: it gets its ingested row, written with its own
/// document, read from the offers table. Regression (27dc6d5): the member was marked adopted before
/// its document was read, so the index, which keeps no documents, looked for it among the ingested
/// rows, found none, and the import failed on the first copy.
/// </summary>
public sealed class BaseOfferAdoptionTests(TestStores stores) : IClassFixture<TestStores>
{
    private const int BaseOffers = 40;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_partner_copy_of_a_base_offer_never_imported_adopts_it_with_its_own_document(StoreKind kind)
    {
        await using var db = await PipelineBase.CreateAsync(stores, kind);
        var seeded = FeedSamples.Entries.Take(BaseOffers).ToList();
        await db.Offers.UpsertSourcesAsync(FeedSamples.Generator.Partenaires);
        await db.Offers.BulkInsertAsync(seeded);
        var before = await db.PublishedAsync();

        var (result, _) = await db.ImportAsync(FeedFormat.Json, await FeedSamples.WriteAsync(FeedFormat.Json, seeded, FeedSamples.WithExtras()));

        var c = result.Counters;
        Assert.Equal(0, c.Errors);
        Assert.True(c.Duplicates >= BaseOffers / 2, $"{c.Duplicates} copies reconnues sur {BaseOffers}");
        // The copies merged into the base offers: no new offer, the same ids.
        Assert.Equal(before.Select(o => o.Id), (await db.PublishedAsync()).Select(o => o.Id));
        // Each base offer joined by a copy now has its ingested row, published under its own id, with its own document.
        var adopted = 0;
        foreach (var entry in seeded)
        {
            var row = await db.Ingestion.GetRowAsync(entry.Source, entry.SourceId ?? entry.Id);
            if (row is null)
                continue;
            adopted++;
            Assert.Equal(IngestionStatus.Published, row.Status);
            Assert.Equal(entry.Id, row.PublishedId);
            Assert.Equal(entry.Offre.Description, StoredDocumentDescription(row.Document!));
        }
        Assert.Equal(c.Duplicates, adopted);
        // Every live row points at a stored offer (the base offers no copy joined stay without one).
        var published = (await db.PublishedAsync()).Select(o => o.Id).ToHashSet();
        await foreach (var row in db.Ingestion.StreamRowsAsync())
        {
            if (IngestionStatus.IsLive(row.Status))
                Assert.Contains(row.PublishedId!, published);
        }
    }

    private static string? StoredDocumentDescription(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("description").GetString();
}
