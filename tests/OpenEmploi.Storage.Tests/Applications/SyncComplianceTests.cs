using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Applications;

public sealed class SyncComplianceTests(TestStores stores) : ApplicationStoreTestBase(stores)
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Each_application_keeps_its_latest_sync_and_when_it_last_reached_the_head(StoreKind kind)
    {
        var (store, _) = await OpenApplicationsAsync(kind);
        const string Client = "PAR_miroir_01";

        await store.RecordSyncCallsAsync([new SyncCall(Client, Start, SyncCallKind.Snapshot, 10, 10)]);
        await store.RecordSyncCallsAsync([new SyncCall(Client, Start.AddMinutes(2), SyncCallKind.Changes, 12, 20)]);
        // Flushed late by another node: older than what is stored, so it changes nothing.
        await store.RecordSyncCallsAsync([new SyncCall(Client, Start.AddMinutes(1), SyncCallKind.Changes, 11, 11)]);
        await store.RecordSyncCallsAsync([new SyncCall("PAR_autre_02", Start.AddTicks(1_230), SyncCallKind.Changes, 3, 4)]);

        var statuses = await store.ListSyncStatusesAsync();
        Assert.Equal(
            [
                new SyncStatus("PAR_autre_02", Start.AddTicks(1_230), SyncCallKind.Changes, 3, 4, null),
                new SyncStatus(Client, Start.AddMinutes(2), SyncCallKind.Changes, 12, 20, Start),
            ],
            statuses);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Lag_is_the_age_of_the_oldest_change_a_mirror_lacks_and_late_is_beyond_24_hours(StoreKind kind)
    {
        var (offres, location) = await OpenWithLocationAsync(kind);
        await using var _ = offres;
        var applications = OpenApplications(location);
        var upToDate = NewApplication("À jour", ApiScopes.Sync);
        var behind = NewApplication("En retard", ApiScopes.Sync);
        var never = NewApplication("Jamais", ApiScopes.Sync) with { CreatedAt = Start.AddDays(-2) };
        var offresOnly = NewApplication("Sans synchronisation");
        foreach (var application in new[] { upToDate, behind, never, offresOnly })
            await applications.CreateAsync(application);

        await offres.BulkInsertAsync(TestOffres.Range(1, 3)); // sequences 1 to 3, at Start
        Time.Advance(TimeSpan.FromHours(2));
        await offres.UpsertAsync(TestOffres.Entry(4)); // sequence 4, at Start + 2 h
        var head = await offres.GetLastSequenceAsync();
        await applications.RecordSyncCallsAsync(
        [
            new SyncCall(upToDate.ClientId, Time.GetUtcNow(), SyncCallKind.Changes, head, head),
            new SyncCall(behind.ClientId, Start, SyncCallKind.Changes, 1, 3),
        ]);
        Time.Advance(TimeSpan.FromHours(28));

        var report = await SyncCompliance.ReadAsync(applications, offres, Time.GetUtcNow(), SyncCompliance.LicenceMaxLag);

        Assert.Equal(head, report.Head);
        // Every application with the sync scope; not the one without it that never synced.
        Assert.Equal(
            new[] { upToDate.ClientId, behind.ClientId, never.ClientId }.Order(StringComparer.Ordinal),
            report.Applications.Select(a => a.Application.ClientId).Order(StringComparer.Ordinal));
        var ok = report.Applications.Single(a => a.Application.ClientId == upToDate.ClientId);
        Assert.Equal((0L, TimeSpan.Zero, false, false), (ok.SequenceLag, ok.TimeLag, ok.CursorExpired, ok.Late));
        var late = report.Applications.Single(a => a.Application.ClientId == behind.ClientId);
        // It lacks sequence 2, written at Start: 30 hours ago.
        Assert.Equal((head - 1, TimeSpan.FromHours(30), false, true), (late.SequenceLag, late.TimeLag, late.CursorExpired, late.Late));
        var absent = report.Applications.Single(a => a.Application.ClientId == never.ClientId);
        Assert.Null(absent.LastSync);
        Assert.Equal((head, TimeSpan.FromHours(78), true), (absent.SequenceLag, absent.TimeLag, absent.Late));
        Assert.Equal(
            new[] { behind.ClientId, never.ClientId }.Order(StringComparer.Ordinal),
            report.Late.Select(a => a.Application.ClientId).Order(StringComparer.Ordinal));

        // Pruned past its position, the lagging mirror's cursor has expired (its next call gets 410).
        await offres.PruneChangesAsync(Start.AddHours(1));
        var pruned = await SyncCompliance.ReadAsync(applications, offres, Time.GetUtcNow(), SyncCompliance.LicenceMaxLag);
        Assert.True(pruned.Applications.Single(a => a.Application.ClientId == behind.ClientId).CursorExpired);
        Assert.False(pruned.Applications.Single(a => a.Application.ClientId == upToDate.ClientId).Late);
    }
}
