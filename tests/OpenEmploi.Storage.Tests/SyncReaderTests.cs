using OpenEmploi.Core.Offres;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests;

public sealed class SyncReaderTests(TestStores stores) : StoreTestBase(stores)
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_reader_sees_the_base_at_its_sequence_whatever_is_written_meanwhile(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        await store.BulkInsertAsync(TestOffres.Range(0, 30));
        await using var reader = await store.OpenSyncReaderAsync();
        var sequence = reader.Sequence;

        await store.UpsertAsync(TestOffres.Entry(30));
        Assert.True(await store.DeleteAsync(TestOffres.Id(0)));

        var offers = await reader.ReadOffersAsync(SyncFilter.None).ToListAsync();
        Assert.Equal(30, offers.Count);
        Assert.Contains(offers, o => o.Id == TestOffres.Id(0));
        Assert.Empty(await reader.ReadChangesAsync(sequence, 100, SyncFilter.None).ToListAsync());
        Assert.Equal(sequence, reader.Sequence);
        Assert.Equal(sequence + 2, await store.GetLastSequenceAsync());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Under_a_filter_a_departure_is_a_deletion_and_a_deletion_keeps_its_codes(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        await store.BulkInsertAsync(TestOffres.Range(0, 30));
        var offer = TestOffres.Entry(0);
        var template = Enumerable.Range(1, 29).Select(n => TestOffres.Entry(n)).First(e => e.Departement != offer.Departement);
        var here = new SyncFilter([offer.Departement!], [], []);
        var there = new SyncFilter([template.Departement!], [], []);
        var start = await store.GetLastSequenceAsync();

        var moved = OffreJson.Deserialize(OffreJson.Serialize(offer.Offre));
        moved.LieuTravail = template.Offre.LieuTravail;
        await store.UpsertAsync(offer with { Offre = moved, Departement = template.Departement, Region = template.Region });
        Assert.True(await store.DeleteAsync(offer.Id));

        await using var reader = await store.OpenSyncReaderAsync();
        var departure = await reader.ReadChangesAsync(start, 10, here).ToListAsync();
        // The update (deleted since) and the deletion: both deletions, one for leaving, and the
        // deletion itself does not concern the first département any more.
        var single = Assert.Single(departure);
        Assert.Equal((ChangeKind.Deleted, offer.Id, template.Departement), (single.Kind, single.OffreId, single.Departement));
        Assert.Null(single.Json);
        var arrival = await reader.ReadChangesAsync(start, 10, there).ToListAsync();
        Assert.Equal([ChangeKind.Deleted, ChangeKind.Deleted], arrival.Select(e => e.Kind));
        Assert.Equal(offer.Offre.RomeCode, arrival[1].RomeCode);
        Assert.Equal(template.Offre.LieuTravail!.Commune, arrival[1].Commune);
        Assert.Equal(template.Region, arrival[1].Region);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Pruning_removes_old_entries_but_never_the_last_and_records_the_horizon(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        await store.BulkInsertAsync(TestOffres.Range(0, 10));
        Time.Advance(TimeSpan.FromDays(8));
        await store.UpsertAsync(TestOffres.Entry(10));
        var head = await store.GetLastSequenceAsync();

        var through = await store.PruneChangesAsync(Time.GetUtcNow() - TimeSpan.FromDays(7));
        Assert.Equal(head - 1, through);
        Assert.Equal([TestOffres.Id(10)], (await ReadAllChangesAsync(store)).Select(c => c.OffreId));
        Assert.Equal(through, await store.PruneChangesAsync(Time.GetUtcNow() + TimeSpan.FromDays(1)));
        Assert.Equal(head, await store.GetLastSequenceAsync());
        await using var reader = await store.OpenSyncReaderAsync();
        Assert.Equal(through, reader.PrunedThrough);
        Assert.Equal(head, reader.Sequence);
    }
}
