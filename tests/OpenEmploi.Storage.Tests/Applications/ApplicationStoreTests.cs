using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Applications;

public sealed class ApplicationStoreTests(TestStores stores) : ApplicationStoreTestBase(stores)
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task An_application_comes_back_as_it_was_created(StoreKind kind)
    {
        var (store, _) = await OpenApplicationsAsync(kind);
        var application = NewApplication("Café Emploi", ApiScopes.OffresV2, ApiScopes.O2dsOffre, ApiScopes.Sync) with
        {
            CreatedAt = Start.AddTicks(1_234_560),
            UpdatedAt = Start.AddTicks(1_234_560),
        };

        await store.CreateAsync(application);
        var read = await store.GetAsync(application.ClientId);

        Assert.NotNull(read);
        AssertSame(application, read);
        Assert.Null(await store.GetAsync("PAR_inconnue_00"));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Creating_a_taken_client_id_fails_and_keeps_the_first(StoreKind kind)
    {
        var (store, _) = await OpenApplicationsAsync(kind);
        var first = NewApplication("Première");
        await store.CreateAsync(first);

        var error = await Assert.ThrowsAsync<DuplicateApplicationException>(
            () => store.CreateAsync(NewApplication("Seconde") with { ClientId = first.ClientId }));

        Assert.Equal(first.ClientId, error.ClientId);
        Assert.Contains(first.ClientId, error.Message, StringComparison.Ordinal);
        Assert.Equal("Première", (await store.GetAsync(first.ClientId))!.Name);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_list_is_ordered_by_creation_then_client_id(StoreKind kind)
    {
        var (store, _) = await OpenApplicationsAsync(kind);
        var late = NewApplication("Tardive") with { CreatedAt = Start.AddHours(1) };
        var early = NewApplication("Matinale") with { CreatedAt = Start.AddHours(-1) };
        var sameTimeB = NewApplication("B") with { ClientId = "PAR_b_1" };
        var sameTimeA = NewApplication("A") with { ClientId = "PAR_a_1" };
        foreach (var application in new[] { late, sameTimeB, early, sameTimeA })
            await store.CreateAsync(application);

        var listed = await store.ListAsync();

        Assert.Equal([early.ClientId, "PAR_a_1", "PAR_b_1", late.ClientId], listed.Select(a => a.ClientId));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Quota_and_status_changes_apply_and_stamp_the_update_time(StoreKind kind)
    {
        var (store, _) = await OpenApplicationsAsync(kind);
        var application = NewApplication();
        await store.CreateAsync(application);

        Time.Advance(TimeSpan.FromMinutes(5));
        Assert.True(await store.SetQuotaAsync(application.ClientId, 50, 80));
        var afterQuota = (await store.GetAsync(application.ClientId))!;
        Time.Advance(TimeSpan.FromMinutes(5));
        Assert.True(await store.SetStatusAsync(application.ClientId, ApplicationStatus.Suspended));
        var suspended = (await store.GetAsync(application.ClientId))!;
        Assert.True(await store.SetStatusAsync(application.ClientId, ApplicationStatus.Suspended));
        Assert.True(await store.SetStatusAsync(application.ClientId, ApplicationStatus.Active));

        Assert.Equal((50, 80, ApplicationStatus.Active), (afterQuota.QuotaPerSecond, afterQuota.QuotaBurst, afterQuota.Status));
        Assert.Equal(Start.AddMinutes(5), afterQuota.UpdatedAt);
        Assert.Equal(ApplicationStatus.Suspended, suspended.Status);
        Assert.Equal((50, 80), (suspended.QuotaPerSecond, suspended.QuotaBurst));
        Assert.Equal(Start, suspended.CreatedAt);
        Assert.Equal(Start.AddMinutes(10), suspended.UpdatedAt);
        Assert.Equal(ApplicationStatus.Active, (await store.GetAsync(application.ClientId))!.Status);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Changing_an_unknown_application_reports_false(StoreKind kind)
    {
        var (store, _) = await OpenApplicationsAsync(kind);

        Assert.False(await store.SetQuotaAsync("PAR_inconnue_00", 5, 5));
        Assert.False(await store.SetStatusAsync("PAR_inconnue_00", ApplicationStatus.Suspended));
        Assert.Empty(await store.ListAsync());
    }

    [Fact]
    public async Task Invalid_applications_and_quotas_are_refused_before_any_write()
    {
        var (store, _) = await OpenApplicationsAsync(StoreKind.Sqlite);
        var application = NewApplication();

        await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync(application with { Scopes = ["api offres"] }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.CreateAsync(application with { QuotaPerSecond = 0 }));
        await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync(application with { Name = " " }));
        await store.CreateAsync(application);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.SetQuotaAsync(application.ClientId, 10, 0));

        Assert.Equal(ApiApplication.DefaultQuotaBurst, (await store.GetAsync(application.ClientId))!.QuotaBurst);
    }

    private static void AssertSame(ApiApplication expected, ApiApplication actual)
    {
        Assert.Equal(expected with { Scopes = [] }, actual with { Scopes = [] });
        Assert.Equal(expected.Scopes, actual.Scopes);
    }
}
