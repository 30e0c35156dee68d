using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Ingestion;

public sealed class IngestionInboxTests(TestStores stores) : StoreTestBase(stores)
{
    private static InboxItem Post(string batch, int index, string reference, string? document = "{\"id\":\"R\"}") =>
        new(0, batch, index, "PAR_test_1", "API_TEST", InboxOperation.Post, reference, document, Start);

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Items_wait_in_arrival_order_until_completed_then_show_their_outcome_in_their_batch(StoreKind kind)
    {
        var (store, location) = await OpenWithLocationAsync(kind);
        await using var _ = store;
        await using var inbox = IngestionInboxFactory.Open(location);
        var refused = Post("b1", 1, "R2", null) with { ProcessedAt = Start, Decision = "error", Reasons = ["ligne 1, champ « intitule » absent ou vide"] };
        await inbox.AddAsync([Post("b1", 0, "R1"), refused, Post("b1", 2, "R3")]);
        await inbox.AddAsync([new InboxItem(0, "b2", 0, "PAR_test_1", "API_TEST", InboxOperation.Delete, "R1", null, Start)]);

        var pending = await inbox.ListPendingAsync(10);

        Assert.Equal([("b1", 0), ("b1", 2), ("b2", 0)], pending.Select(i => (i.BatchId, i.Index)));
        Assert.True(pending[0].Id < pending[1].Id && pending[1].Id < pending[2].Id);
        await inbox.CompleteAsync([new InboxOutcome(pending[0].Id, "hold", ["F02", "F03"], ["Fraude présumée « score 75 »"], null, 7)], Start.AddMinutes(1));

        var batch = await inbox.GetBatchAsync("b1");
        Assert.Equal([0, 1, 2], batch.Select(i => i.Index));
        Assert.Equal(("hold", "F02 F03", "Fraude présumée « score 75 »", 7L), (batch[0].Decision, string.Join(' ', batch[0].Codes!), batch[0].Reasons![0], batch[0].RunId!.Value));
        Assert.Equal("error", batch[1].Decision);
        Assert.True(batch[2].IsPending);
        Assert.Equal(2, (await inbox.ListPendingAsync(10)).Count);
        Assert.Empty(await inbox.GetBatchAsync("inconnu"));
        Assert.True(await inbox.WasPostedAsync("API_TEST", "R3"));
        Assert.False(await inbox.WasPostedAsync("API_AUTRE", "R3"));

        Assert.Equal(2, await inbox.PurgeProcessedAsync(Start.AddMinutes(2)));
        Assert.Equal([2], (await inbox.GetBatchAsync("b1")).Select(i => i.Index));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_moderation_queue_is_read_page_by_page_oldest_first(StoreKind kind)
    {
        var (store, location) = await OpenWithLocationAsync(kind);
        await using var _ = store;
        await using var ingestion = IngestionStoreFactory.Open(location, Time);
        await using var inbox = IngestionInboxFactory.Open(location);
        var batch = new IngestionBatch();
        for (var i = 0; i < 5; i++)
        {
            var at = Start.AddMinutes(-i);
            batch.Rows.Add(new IngestedRow("JOBSREGION", "H" + i, null, i == 4 ? IngestionStatus.Blocked : IngestionStatus.Held, ["F02"],
                ["Fraude présumée"], 70 + i, 50, "h", "partner", null, null, "69", "84", null, at, at, null, null, "{\"intitule\":\"Vendeur\"}"));
        }
        await ingestion.ApplyBatchAsync(batch);

        var first = await inbox.ListHeldAsync(0, 2);
        var second = await inbox.ListHeldAsync(2, 2);

        Assert.Equal(4, first.Total);
        Assert.Equal(["H3", "H2"], first.Records.Select(r => r.SourceId));
        Assert.Equal(["H1", "H0"], second.Records.Select(r => r.SourceId));
        Assert.Equal((73, "F02", "{\"intitule\":\"Vendeur\"}"), (first.Records[0].FraudScore!.Value, first.Records[0].Codes[0], first.Records[0].Document!));
    }
}
