using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Mirror.Database;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Cli.Tests.Mirror;

/// <summary>`openemploi mirror` as a reuser types it, against the platform running on a loopback port.</summary>
public sealed class MirrorCommandTests(TestStores stores) : IClassFixture<TestStores>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("openemploi-mirror-cli-").FullName;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Mirror_copies_the_base_then_resumes_and_the_operator_sees_it_up_to_date(StoreKind kind)
    {
        var store = (await stores.CreateMigratedLocationAsync(kind)).Setting;
        await using var platform = await LoopbackPlatform.StartAsync(store, 300);
        var created = await CliRun.InvokeAsync("apps", "create", "--name", "Miroir", "--scopes", "api_offresdemploisyncv1", "--json", "--store", store);
        using var credentials = JsonDocument.Parse(created.Output);
        var clientId = credentials.RootElement.GetProperty("clientId").GetString()!;
        var secret = credentials.RootElement.GetProperty("clientSecret").GetString()!;
        var into = "sqlite:" + Path.Combine(_folder, "miroir.db");
        string[] mirror = ["mirror", "--from", platform.Url, "--client-id", clientId, "--client-secret", secret, "--into", into];

        var first = await CliRun.InvokeAsync(mirror);

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("Instantané (base miroir vide)", first.Output, StringComparison.Ordinal);
        Assert.Contains("Instantané enregistré : 300 offres", first.Output, StringComparison.Ordinal);
        Assert.Contains("À jour : curseur", first.Output, StringComparison.Ordinal);
        var offres = platform.Services.GetRequiredService<IOffreStore>();
        var gone = await offres.StreamOffersAsync().FirstAsync();
        Assert.True(await offres.DeleteAsync(gone.Id));

        var second = await CliRun.InvokeAsync(mirror);

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("Reprise au curseur", second.Output, StringComparison.Ordinal);
        Assert.Contains("1 supprimées", second.Output, StringComparison.Ordinal);
        await using (var database = await MirrorDatabase.OpenAsync(StoreLocation.Parse(into), CancellationToken.None))
        {
            var held = await database.ReadOffresAsync(CancellationToken.None);
            Assert.Equal(299, held.Count);
            Assert.DoesNotContain(gone.Id, held.Keys);
            Assert.Equal(await offres.GetLastSequenceAsync(), (await database.ReadStateAsync(CancellationToken.None)).Cursor);
        }

        // The platform records the syncs within a second (longer on a loaded machine): the operator's report shows the mirror.
        CliRun status = null!;
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            status = await CliRun.InvokeAsync("apps", "sync-status", "--store", store);
            // Both runs' syncs are recorded in the background: the first one's record (one sequence
            // behind, before the deletion) may be the one shown until the second one's arrives.
            if (status.Output.Contains(clientId + "  « Miroir »  à jour  dernière synchronisation", StringComparison.Ordinal)
                && status.Output.Contains("retard 0 séquences", StringComparison.Ordinal))
                break;
            await Task.Delay(100);
        }
        Assert.Contains(clientId + "  « Miroir »  à jour  dernière synchronisation", status.Output, StringComparison.Ordinal);
        Assert.Contains("retard 0 séquences", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_secret_is_one_clear_line_and_exit_code_1()
    {
        var store = (await stores.CreateMigratedLocationAsync(StoreKind.Sqlite)).Setting;
        await using var platform = await LoopbackPlatform.StartAsync(store, 300);
        var created = await CliRun.InvokeAsync("apps", "create", "--name", "Miroir", "--scopes", "api_offresdemploisyncv1", "--json", "--store", store);
        using var credentials = JsonDocument.Parse(created.Output);

        var run = await CliRun.InvokeAsync("mirror", "--from", platform.Url, "--client-id", credentials.RootElement.GetProperty("clientId").GetString()!,
            "--client-secret", "pas-le-bon", "--into", "sqlite:" + Path.Combine(_folder, "refus.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Erreur : Jeton refusé", run.Output, StringComparison.Ordinal);
        Assert.Contains("--client-secret", run.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
