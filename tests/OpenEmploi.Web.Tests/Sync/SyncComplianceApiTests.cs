using System.Net;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Sync;

/// <summary>The operator's compliance API: each application's last successful sync and lag, and the late ones.</summary>
public sealed class SyncComplianceApiTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>
{
    private const string All = "/admin/conformite/v1/synchronisations";
    private const string Late = All + "/en-retard";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Only_the_compliance_admin_scope_reads_it(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using (var anonymous = await platform.Client.GetAsync(new Uri(All, UriKind.Relative)))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var moderator = await CallerAsync(platform, ApiScopes.AdminModeration);
        using (var forbidden = await moderator.GetAsync(All))
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var operatorCaller = await CallerAsync(platform, ApiScopes.AdminConformite);
        using var ok = await operatorCaller.GetAsync(Late);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Successful_syncs_are_recorded_with_their_lag_and_silent_applications_are_listed_late(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var operatorCaller = await CallerAsync(platform, ApiScopes.AdminConformite);
        var mirrorCaller = await SyncMirror.NewCallerAsync(platform);
        var now = TimeProvider.System.GetUtcNow();
        var silent = new ApiApplication(ClientCredentials.NewClientId("muette"), "Muette", ClientCredentials.HashSecret(ClientCredentials.NewSecret()),
            [ApiScopes.Sync], ApplicationStatus.Active, 10, 10, now.AddDays(-2), now.AddDays(-2));
        await platform.Applications.CreateAsync(silent);

        var before = await ApplicationAsync(operatorCaller, All, mirrorCaller.ClientId);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("derniereSynchronisation").ValueKind);
        Assert.False(before.GetProperty("enRetard").GetBoolean());

        var mirror = new SyncMirror(mirrorCaller);
        await mirror.LoadSnapshotAsync();
        var snapshot = await WaitForAsync(operatorCaller, mirrorCaller.ClientId, "instantane");
        Assert.Equal(mirror.Cursor, snapshot.GetProperty("position").GetInt64());

        var entry = await platform.Offres.StreamOffersAsync().FirstAsync();
        Assert.True(await platform.Offres.DeleteAsync(entry.Id));
        await mirror.CatchUpAsync(limit: 50);
        var changes = await WaitForAsync(operatorCaller, mirrorCaller.ClientId, "modifications");
        Assert.Equal(mirror.Cursor, changes.GetProperty("position").GetInt64());
        Assert.Equal(changes.GetProperty("position").GetInt64(), changes.GetProperty("sequenceTete").GetInt64());
        Assert.True(changes.TryGetProperty("aJourLe", out var caughtUp) && caughtUp.ValueKind == JsonValueKind.String);

        using var late = JsonDocument.Parse(await (await operatorCaller.GetAsync(Late)).Content.ReadAsStringAsync());
        var listed = late.RootElement.GetProperty("applications").EnumerateArray().ToList();
        var silentEntry = Assert.Single(listed, a => a.GetProperty("clientId").GetString() == silent.ClientId);
        Assert.True(silentEntry.GetProperty("retardSecondes").GetInt64() >= 47 * 3600);
        Assert.DoesNotContain(listed, a => a.GetProperty("clientId").GetString() == mirrorCaller.ClientId);
        Assert.All(listed, a => Assert.True(a.GetProperty("enRetard").GetBoolean()));
        Assert.Equal(24, late.RootElement.GetProperty("seuilHeures").GetDouble());
    }

    /// <summary>Recorded calls reach the store within a second or so: wait for the kind of call expected.</summary>
    private static async Task<JsonElement> WaitForAsync(ApiCaller operatorCaller, string clientId, string type)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var application = await ApplicationAsync(operatorCaller, All, clientId);
            if (application.GetProperty("derniereSynchronisation") is { ValueKind: JsonValueKind.Object } last
                && last.GetProperty("type").GetString() == type)
            {
                return last;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"no « {type} » sync recorded for {clientId}");
        return default;
    }

    private static async Task<JsonElement> ApplicationAsync(ApiCaller caller, string path, string clientId)
    {
        using var response = await caller.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("applications").EnumerateArray()
            .Single(a => a.GetProperty("clientId").GetString() == clientId).Clone();
    }

    private static async Task<ApiCaller> CallerAsync(ApiPlatform platform, string scope)
    {
        var (clientId, secret) = await platform.CreateApplicationAsync(scopes: [scope], name: "operateur");
        return new ApiCaller(platform.Client, clientId, await platform.GetTokenAsync(clientId, secret, scope));
    }
}
