using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Tests.Feeds;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Ingestion.Tests.Pipeline;

/// <summary>
/// De-duplication prints stored per member (migration 12): a session opening on a base without
/// them computes them from the documents and stores them (the backfill); the next one loads the
/// members from them without parsing a document, and decides exactly as one that parsed them all;
/// prints of another version, or whose document changed, are recomputed.
/// </summary>
public sealed class StoredPrintTests(TestStores stores) : IClassFixture<TestStores>
{
    private const int BaseOffers = 30;

    /// <summary>A base of offers no ingestion produced, a first partner feed imported into it, and the feed of a second board copying both.</summary>
    private static async Task<(PipelineBase Db, byte[] Copies)> BaseAsync(TestStores stores, StoreKind kind)
    {
        var db = await PipelineBase.CreateAsync(stores, kind);
        await db.Offers.UpsertSourcesAsync(FeedSamples.Generator.Partenaires);
        await db.Offers.BulkInsertAsync(FeedSamples.Entries.Take(BaseOffers).ToList());
        await db.ImportAsync(FeedFormat.Json, await FeedSamples.WriteAsync(FeedFormat.Json, FeedSamples.Entries.Skip(BaseOffers).Take(30), FeedSamples.WithExtras()));
        var copies = await FeedSamples.WriteAsync(FeedFormat.Json, FeedSamples.Entries.Skip(15).Take(40), FeedSamples.WithExtras());
        return (db, copies);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Prints_stored_by_one_session_load_the_next_and_give_the_decisions_of_parsed_documents(StoreKind kind)
    {
        // Reference: every session recomputes (its prints are made stale, as by a version bump, before it opens).
        var (reference, copies) = await BaseAsync(stores, kind);
        await using (reference)
        {
            await StalePrintsAsync(reference);
            var recomputed = 0;
            var (expected, expectedReport) = await reference.ImportAsync(FeedFormat.Json, copies, PipelineBase.Other, opened: e => recomputed = e.RecomputedPrints);
            Assert.True(recomputed > BaseOffers, $"{recomputed} empreintes recalculées");

            var (db, _) = await BaseAsync(stores, kind);
            await using (db)
            {
                // The first import's session stored every member's print (the base had none), and
                // the import wrote its rows' prints with them: the next session computes none.
                var first = await OpenAsync(db);
                Assert.Equal(0, first.Recomputed);
                Assert.True(first.Loaded > BaseOffers);

                var loadedFromPrints = -1;
                var (actual, actualReport) = await db.ImportAsync(FeedFormat.Json, copies, PipelineBase.Other, opened: e => loadedFromPrints = e.RecomputedPrints);

                Assert.Equal(0, loadedFromPrints);
                Assert.Equal(expectedReport, actualReport);
                Assert.Equal(await reference.PublishedAsync(), await db.PublishedAsync());
                Assert.Equal(expected.Counters.Duplicates, actual.Counters.Duplicates);
                Assert.True(actual.Counters.Duplicates > 0);
                // Every live row points at a stored offer (the base offers no copy joined keep none).
                var published = (await db.PublishedAsync()).Select(o => o.Id).ToHashSet();
                await foreach (var row in db.Ingestion.StreamRowsAsync())
                {
                    if (IngestionStatus.IsLive(row.Status))
                        Assert.Contains(row.PublishedId!, published);
                }
            }
        }
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Prints_of_another_version_are_recomputed_and_stored_again(StoreKind kind)
    {
        var (db, _) = await BaseAsync(stores, kind);
        await using (db)
        {
            var stored = await OpenAsync(db);
            stored = await OpenAsync(db);
            Assert.Equal(0, stored.Recomputed);

            var bumped = await StalePrintsAsync(db);
            Assert.Equal(stored.Loaded, bumped);

            Assert.Equal((stored.Loaded, stored.Loaded), await OpenAsync(db));
            Assert.Equal((0, stored.Loaded), await OpenAsync(db));
        }
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_print_is_dropped_when_its_document_changes(StoreKind kind)
    {
        var (db, _) = await BaseAsync(stores, kind);
        await using (db)
        {
            await OpenAsync(db);
            var loaded = (await OpenAsync(db)).Loaded;
            // One base offer rewritten outside ingestion, one partner record updated by its feed.
            var offer = FeedSamples.Entries.ElementAt(3);
            var changed = Core.Offres.OffreJson.Deserialize(Core.Offres.OffreJson.Serialize(offer.Offre));
            changed.Description += "\nPoste à pourvoir immédiatement.";
            Assert.True(await HasPrintAsync(db, offer.Id));
            await db.Offers.UpsertAsync(offer with { Offre = changed });
            Assert.False(await HasPrintAsync(db, offer.Id));
            Assert.Equal((1, loaded), await OpenAsync(db));
            Assert.True(await HasPrintAsync(db, offer.Id));

            var record = FeedSamples.Entries.ElementAt(BaseOffers + 2);
            var key = record.Id;
            Assert.True(await HasPrintAsync(db, null, key));
            var updated = Core.Offres.OffreJson.Deserialize(Core.Offres.OffreJson.Serialize(record.Offre));
            updated.Description += "\nTreizième mois.";
            updated.DateActualisation = updated.DateActualisation.AddDays(2);
            var before = await PrintOfRowAsync(db, key);
            var (result, _) = await db.ImportAsync(FeedFormat.Json, await FeedSamples.WriteAsync(FeedFormat.Json, [record with { Offre = updated }], FeedSamples.WithExtras()));
            Assert.Equal(1, result.Counters.Updated);
            // The import wrote the updated record's print with its row: the old one is gone, the
            // new one describes the new document, and the next session loads it as it is.
            var after = await PrintOfRowAsync(db, key);
            Assert.NotNull(after);
            Assert.NotEqual(before, after);
            Assert.Equal(StoredPrint.Decode(before!)!.Lines.Length + 1, StoredPrint.Decode(after!)!.Lines.Length);
            Assert.Equal(0, (await OpenAsync(db)).Recomputed);
        }
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_prints_an_import_writes_with_its_rows_are_those_a_session_computes_from_the_stored_rows(StoreKind kind)
    {
        var (db, copies) = await BaseAsync(stores, kind);
        await using (db)
        {
            // The second board's copies: new rows, duplicates merged into base offers (which get adopted rows), updates.
            await db.ImportAsync(FeedFormat.Json, copies, PipelineBase.Other);
            var written = await RowPrintsAsync(db);
            Assert.True(written.Count > 40, $"{written.Count} empreintes écrites avec les lignes");

            Assert.Equal(0, (await OpenAsync(db)).Recomputed);
            // Made stale (as by a version bump), they are all recomputed from the stored rows: to the same bytes.
            Assert.True(await StalePrintsAsync(db) >= written.Count);
            Assert.True((await OpenAsync(db)).Recomputed >= written.Count);
            var recomputed = await RowPrintsAsync(db);
            foreach (var (key, print) in written)
                Assert.True(recomputed.TryGetValue(key, out var again) && again.SequenceEqual(print), $"empreinte de {key} différente une fois recalculée");
        }
    }

    /// <summary>The stored prints of the ingested rows, by (source, source id).</summary>
    private static async Task<Dictionary<(string, string), byte[]>> RowPrintsAsync(PipelineBase db)
    {
        var prints = new Dictionary<(string, string), byte[]>();
        await foreach (var row in db.Ingestion.StreamMemberRowsAsync(StoredPrint.Version))
        {
            if (row.Print is { } print)
                prints[(row.SourceCode, row.SourceId)] = print;
        }
        return prints;
    }

    private static async Task<byte[]?> PrintOfRowAsync(PipelineBase db, string sourceId)
    {
        await foreach (var row in db.Ingestion.StreamMemberRowsAsync(StoredPrint.Version))
        {
            if (row.SourceCode == PipelineBase.Partner && row.SourceId == sourceId)
                return row.Print;
        }
        throw new InvalidOperationException($"ligne {sourceId} absente");
    }

    /// <summary>Whether the base offer <paramref name="offerId"/>, or else the partner's record <paramref name="sourceId"/>, has a stored print.</summary>
    private static async Task<bool> HasPrintAsync(PipelineBase db, string? offerId, string? sourceId = null)
    {
        if (offerId is not null)
        {
            await foreach (var offer in db.Ingestion.StreamUningestedMembersAsync(StoredPrint.Version))
            {
                if (offer.Id == offerId)
                    return offer.Print is not null;
            }
            throw new InvalidOperationException($"offre {offerId} absente");
        }
        await foreach (var row in db.Ingestion.StreamMemberRowsAsync(StoredPrint.Version))
        {
            if (row.SourceCode == PipelineBase.Partner && row.SourceId == sourceId)
                return row.Print is not null;
        }
        throw new InvalidOperationException($"ligne {sourceId} absente");
    }

    /// <summary>Opens a session: (members whose print it recomputed, members loaded).</summary>
    private static async Task<(int Recomputed, int Loaded)> OpenAsync(PipelineBase db)
    {
        await using var session = await db.SessionAsync();
        return (session.Engine.RecomputedPrints, session.Engine.LoadedMembers);
    }

    /// <summary>Every stored print rewritten under the next version: what a build with a bumped <see cref="StoredPrint.Version"/> finds.</summary>
    private static async Task<int> StalePrintsAsync(PipelineBase db)
    {
        var prints = new List<PrintToSave>();
        await foreach (var row in db.Ingestion.StreamMemberRowsAsync(StoredPrint.Version))
        {
            if (row.Print is { } print)
                prints.Add(new PrintToSave(row.SourceCode, row.SourceId, null, row.Written, print));
        }
        await foreach (var offer in db.Ingestion.StreamUningestedMembersAsync(StoredPrint.Version))
        {
            if (offer.Print is { } print)
                prints.Add(new PrintToSave(offer.Source, offer.SourceId ?? offer.Id, offer.Id, offer.Written, print));
        }
        return await db.Ingestion.SavePrintsAsync(prints, StoredPrint.Version + 1);
    }
}
