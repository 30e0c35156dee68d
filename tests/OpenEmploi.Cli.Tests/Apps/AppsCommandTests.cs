using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Cli.Tests.Apps;

public sealed partial class AppsCommandTests(TestStores stores) : IClassFixture<TestStores>
{
    private const string OffresScopes = "api_offresdemploiv2 o2dsoffre";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Create_shows_the_id_and_the_secret_once_and_stores_only_its_hash(StoreKind kind)
    {
        var store = (await stores.CreateMigratedLocationAsync(kind)).Setting;

        var run = await CliRun.InvokeAsync("apps", "create", "--name", "Mon Appli", "--scopes", OffresScopes, "--store", store);

        Assert.Equal(0, run.ExitCode);
        var clientId = ClientIdLine().Match(run.Output).Groups[1].Value;
        var secret = SecretLine().Match(run.Output).Groups[1].Value;
        Assert.StartsWith("PAR_monappli_", clientId, StringComparison.Ordinal);
        Assert.Equal(64, secret.Length);
        Assert.Contains("ne sera plus jamais affiché", run.Output, StringComparison.Ordinal);
        var application = await GetAsync(store, clientId);
        Assert.NotNull(application);
        Assert.Equal(("Mon Appli", ApplicationStatus.Active, 10, 10, CliRun.Now),
            (application.Name, application.Status, application.QuotaPerSecond, application.QuotaBurst, application.CreatedAt));
        Assert.Equal(ApiScopes.OffresApi, application.Scopes);
        Assert.True(ClientCredentials.VerifySecret(secret, application.SecretHash));
        Assert.DoesNotContain(secret, application.SecretHash, StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Create_json_prints_exactly_one_object_with_the_credentials(StoreKind kind)
    {
        var store = (await stores.CreateMigratedLocationAsync(kind)).Setting;

        var run = await CliRun.InvokeAsync("apps", "create", "--name", "Flux", "--scopes", "api_offresdemploisyncv1",
            "--per-second", "50", "--json", "--store", store);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["clientId", "clientSecret"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var clientId = json.RootElement.GetProperty("clientId").GetString()!;
        var secret = json.RootElement.GetProperty("clientSecret").GetString()!;
        var application = await GetAsync(store, clientId);
        Assert.NotNull(application);
        Assert.True(ClientCredentials.VerifySecret(secret, application.SecretHash));
        Assert.Equal([ApiScopes.Sync], application.Scopes);
        Assert.Equal((50, 50), (application.QuotaPerSecond, application.QuotaBurst));
    }

    [Fact]
    public async Task Create_grants_the_postings_and_moderation_scopes()
    {
        var store = (await stores.CreateMigratedLocationAsync(StoreKind.Sqlite)).Setting;

        var run = await CliRun.InvokeAsync("apps", "create", "--name", "ATS", "--scopes", "api_depotoffresv1 admin_moderation", "--json", "--store", store);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var application = await GetAsync(store, json.RootElement.GetProperty("clientId").GetString()!);
        Assert.Equal([ApiScopes.DepotOffres, ApiScopes.AdminModeration], application!.Scopes);
    }

    [Fact]
    public async Task Create_takes_a_burst_of_its_own()
    {
        var store = (await stores.CreateMigratedLocationAsync(StoreKind.Sqlite)).Setting;

        var clientId = await CreateAsync(store, "--per-second", "20", "--burst", "80");

        var application = await GetAsync(store, clientId);
        Assert.Equal((20, 80), (application!.QuotaPerSecond, application.QuotaBurst));
    }

    [Fact]
    public async Task Create_refuses_an_unknown_scope_naming_it_and_the_known_ones()
    {
        var store = (await stores.CreateMigratedLocationAsync(StoreKind.Sqlite)).Setting;

        var run = await CliRun.InvokeAsync("apps", "create", "--name", "X", "--scopes", "api_offresdemploiv2 api_inconnue", "--store", store);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("api_inconnue", run.Output, StringComparison.Ordinal);
        Assert.All(ApiScopes.Known, scope => Assert.Contains(scope, run.Output, StringComparison.Ordinal));
        Assert.Empty(await ListAsync(store));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Quota_sets_the_rate_and_by_default_the_same_burst(StoreKind kind)
    {
        var store = (await stores.CreateMigratedLocationAsync(kind)).Setting;
        var clientId = await CreateAsync(store);

        var same = await CliRun.InvokeAsync("apps", "quota", clientId, "--per-second", "30", "--store", store);
        var sameApplication = await GetAsync(store, clientId);
        var own = await CliRun.InvokeAsync("apps", "quota", clientId, "--per-second", "40", "--burst", "100", "--store", store);

        Assert.Equal(0, same.ExitCode);
        Assert.Contains("30 appels par seconde, rafale 30", same.Output, StringComparison.Ordinal);
        Assert.Equal((30, 30), (sameApplication!.QuotaPerSecond, sameApplication.QuotaBurst));
        Assert.Equal(0, own.ExitCode);
        var application = await GetAsync(store, clientId);
        Assert.Equal((40, 100), (application!.QuotaPerSecond, application.QuotaBurst));
    }

    [Fact]
    public async Task Quota_of_an_unknown_application_fails()
    {
        var store = (await stores.CreateMigratedLocationAsync(StoreKind.Sqlite)).Setting;

        var run = await CliRun.InvokeAsync("apps", "quota", "PAR_inconnue_00", "--per-second", "30", "--store", store);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Aucune application « PAR_inconnue_00 »", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10001")]
    [InlineData("beaucoup")]
    public async Task Quota_out_of_range_is_refused(string perSecond)
    {
        var store = (await stores.CreateMigratedLocationAsync(StoreKind.Sqlite)).Setting;
        var clientId = await CreateAsync(store);

        var run = await CliRun.InvokeAsync("apps", "quota", clientId, "--per-second", perSecond, "--store", store);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--per-second", run.Output, StringComparison.Ordinal);
        Assert.Equal(10, (await GetAsync(store, clientId))!.QuotaPerSecond);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task List_shows_every_application_and_never_a_secret_hash(StoreKind kind)
    {
        var store = (await stores.CreateMigratedLocationAsync(kind)).Setting;
        var empty = await CliRun.InvokeAsync("apps", "list", "--store", store);
        var emptyJson = await CliRun.InvokeAsync("apps", "list", "--json", "--store", store);
        var first = await CreateAsync(store, "--name", "Première");
        var second = await CreateAsync(store, "--name", "Seconde", "--per-second", "25");
        await CliRun.InvokeAsync("apps", "suspend", second, "--reason", "Appels abusifs", "--store", store);

        var text = await CliRun.InvokeAsync("apps", "list", "--store", store);
        var json = await CliRun.InvokeAsync("apps", "list", "--json", "--store", store);

        Assert.Equal(0, empty.ExitCode);
        Assert.Contains("Aucune application", empty.Output, StringComparison.Ordinal);
        Assert.Equal(0, JsonDocument.Parse(emptyJson.Output).RootElement.GetArrayLength());
        Assert.Equal(0, text.ExitCode);
        Assert.Contains(first, text.Output, StringComparison.Ordinal);
        Assert.Contains(second, text.Output, StringComparison.Ordinal);
        Assert.Contains("« Seconde »  suspendue  25/s (rafale 25)", text.Output, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        Assert.DoesNotContain("sha256", json.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("sha256", text.Output, StringComparison.Ordinal);
        var listed = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal([first, second], listed.Select(a => a.GetProperty("clientId").GetString()));
        Assert.Equal(["Première", "Seconde"], listed.Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["active", "suspended"], listed.Select(a => a.GetProperty("status").GetString()));
        Assert.Equal([10, 25], listed.Select(a => a.GetProperty("quotaPerSecond").GetInt32()));
        Assert.Equal(ApiScopes.OffresApi, listed[0].GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(CliRun.Now, listed[0].GetProperty("createdAt").GetDateTimeOffset());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Suspend_with_a_reason_then_reinstate_change_the_status(StoreKind kind)
    {
        var store = (await stores.CreateMigratedLocationAsync(kind)).Setting;
        var clientId = await CreateAsync(store);

        var withoutReason = await CliRun.InvokeAsync("apps", "suspend", clientId, "--store", store);
        var suspend = await CliRun.InvokeAsync("apps", "suspend", clientId, "--reason", "Logo absent des pages d'offres", "--store", store);
        var suspended = await GetAsync(store, clientId);
        var again = await CliRun.InvokeAsync("apps", "suspend", clientId, "--reason", "Encore", "--store", store);
        var reinstate = await CliRun.InvokeAsync("apps", "reinstate", clientId, "--store", store);
        var reinstated = await GetAsync(store, clientId);
        var activate = await CliRun.InvokeAsync("apps", "activate", clientId, "--store", store);

        Assert.NotEqual(0, withoutReason.ExitCode);
        Assert.Contains("--reason", withoutReason.Output, StringComparison.Ordinal);
        Assert.Equal(0, suspend.ExitCode);
        Assert.Contains("suspendue", suspend.Output, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Suspended, suspended!.Status);
        Assert.Equal("Logo absent des pages d'offres", suspended.SuspensionReason);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("déjà suspendue (motif : Logo absent des pages d'offres)", again.Output, StringComparison.Ordinal);
        Assert.Equal(0, reinstate.ExitCode);
        Assert.Contains("réactivée", reinstate.Output, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Active, reinstated!.Status);
        Assert.Null(reinstated.SuspensionReason);
        // `activate` is the former name of `reinstate`: on an active application it says there is nothing to do.
        Assert.Equal(1, activate.ExitCode);
        Assert.Contains("n'est pas suspendue", activate.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("suspend", "Manquement")]
    [InlineData("reinstate", null)]
    [InlineData("activate", null)]
    public async Task Changing_the_status_of_an_unknown_application_fails(string verb, string? reason)
    {
        var store = (await stores.CreateMigratedLocationAsync(StoreKind.Sqlite)).Setting;
        string[] options = reason is null ? [] : ["--reason", reason];

        var run = await CliRun.InvokeAsync(["apps", verb, "PAR_inconnue_00", .. options, "--store", store]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Aucune application", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apps_migrate_a_new_embedded_base_like_every_command()
    {
        var store = (await stores.CreateLocationAsync(StoreKind.Sqlite)).Setting;

        var run = await CliRun.InvokeAsync("apps", "list", "--json", "--store", store);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("[]", run.Output.Trim());
    }

    [PostgresFact]
    public async Task Apps_on_an_unmigrated_postgres_base_say_to_run_migrate_first()
    {
        var store = (await stores.CreateLocationAsync(StoreKind.Postgres)).Setting;

        var run = await CliRun.InvokeAsync("apps", "create", "--name", "X", "--scopes", OffresScopes, "--store", store);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("openemploi migrate", run.Output, StringComparison.Ordinal);
    }

    /// <summary>Creates an application (offers scopes unless told) and returns its client id.</summary>
    private static async Task<string> CreateAsync(string store, params string[] options)
    {
        string[] name = options.Contains("--name") ? [] : ["--name", "Appli"];
        var run = await CliRun.InvokeAsync(["apps", "create", .. name, "--scopes", OffresScopes, "--json", .. options, "--store", store]);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("clientId").GetString()!;
    }

    private static async Task<ApiApplication?> GetAsync(string setting, string clientId)
    {
        var store = ApplicationStoreFactory.Open(StoreLocation.Parse(setting), new FakeTimeProvider());
        await using var _ = (IAsyncDisposable)store;
        return await store.GetAsync(clientId);
    }

    private static async Task<IReadOnlyList<ApiApplication>> ListAsync(string setting)
    {
        var store = ApplicationStoreFactory.Open(StoreLocation.Parse(setting), new FakeTimeProvider());
        await using var _ = (IAsyncDisposable)store;
        return await store.ListAsync();
    }

    [GeneratedRegex(@"Identifiant client : (\S+)")]
    private static partial Regex ClientIdLine();

    [GeneratedRegex(@"Secret client +: ([0-9a-f]+)")]
    private static partial Regex SecretLine();
}
