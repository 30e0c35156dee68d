using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Cli.Tests.Licence;

public sealed class LicenceCommandTests(TestStores stores) : IClassFixture<TestStores>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("openemploi-licence-").FullName;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Publish_records_the_version_with_its_calendar_and_tells_each_reuser_once(StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);
        var owner = await ApprovedApplicationsAsync(location, "Premier site", "Second site");
        var file = Path.Combine(_folder, "licence-v2.txt");
        await File.WriteAllTextAsync(file, "Licence de réutilisation — version 2\r\n\r\nArticle 1 — Objet. Nouveau texte.\r\n");

        var run = await CliRun.InvokeAsync("licence", "publish", "--file", file, "--base-url", "https://openemploi.example/", "--store", location.Setting);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Version 2 de la licence publiée", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 réutilisateur(s) prévenu(s)", run.Output, StringComparison.Ordinal);
        // Published on 28 November 2026 (Paris): refusal until 13 December, tacit on the 14th, in force on the 15th.
        Assert.Contains("Refus possible jusqu'au 13 décembre 2026 inclus ; acceptation tacite le 14 décembre 2026 à 00:00, applicable le 15 décembre 2026 à 00:00",
            run.Output, StringComparison.Ordinal);
        await using var developers = DeveloperStore.Open(location, new FakeTimeProvider(CliRun.Now));
        var current = await developers.Licences.GetCurrentAsync();
        Assert.Equal((2, "Licence de réutilisation — version 2\n\nArticle 1 — Objet. Nouveau texte.", CliRun.Now), (current.Version, current.Text, current.PublishedAt));
        Assert.Equal(new DateTimeOffset(2026, 12, 13, 23, 0, 0, TimeSpan.Zero), current.TacitAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 23, 0, 0, TimeSpan.Zero), current.InForceAt);
        var message = Assert.Single(await developers.Outbox.ListByRecipientAsync(owner), m => m.Kind == "licence_publiee");
        Assert.Contains("« Premier site »", message.Body, StringComparison.Ordinal);
        Assert.Contains("« Second site »", message.Body, StringComparison.Ordinal);
        Assert.Contains("https://openemploi.example/developpeurs/licence", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_refuses_a_missing_file_and_a_text_identical_to_the_current_version()
    {
        var location = await stores.CreateMigratedLocationAsync(StoreKind.Sqlite);
        var missing = Path.Combine(_folder, "absent.txt");
        var same = Path.Combine(_folder, "identique.txt");
        await using (var developers = DeveloperStore.Open(location, new FakeTimeProvider(CliRun.Now)))
            await File.WriteAllTextAsync(same, (await developers.Licences.GetCurrentAsync()).Text);

        var absent = await CliRun.InvokeAsync("licence", "publish", "--file", missing, "--store", location.Setting);
        var identical = await CliRun.InvokeAsync("licence", "publish", "--file", same, "--store", location.Setting);

        Assert.Equal(1, absent.ExitCode);
        Assert.Contains("fichier introuvable : " + missing, absent.Output, StringComparison.Ordinal);
        Assert.Equal(1, identical.ExitCode);
        Assert.Contains("identique.txt : Le texte est identique à la version 1 en vigueur", identical.Output, StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Suspending_from_the_command_line_tells_the_owner_and_a_terminated_licence_stays_ended(StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);
        var owner = await ApprovedApplicationsAsync(location, "Site suivi", "Site résilié");
        string followed, ended;
        await using (var developers = DeveloperStore.Open(location, new FakeTimeProvider(CliRun.Now)))
        {
            var licensed = await developers.Licences.ListLicensedAsync();
            (followed, ended) = (licensed.Single(l => l.Application.Name == "Site suivi").Application.ClientId,
                licensed.Single(l => l.Application.Name == "Site résilié").Application.ClientId);
        }
        var file = Path.Combine(_folder, "licence-v2.txt");
        await File.WriteAllTextAsync(file, "Licence — version 2, texte révisé.");
        Assert.Equal(0, (await CliRun.InvokeAsync("licence", "publish", "--file", file, "--store", location.Setting)).ExitCode);
        await using (var developers = DeveloperStore.Open(location, new FakeTimeProvider(CliRun.Now)))
            Assert.True(await developers.Licences.RefuseAsync(ended, 2, CliRun.Now, null, []));

        var suspend = await CliRun.InvokeAsync("apps", "suspend", followed, "--reason", "Mentions obligatoires absentes.", "--store", location.Setting);
        var reinstateEnded = await CliRun.InvokeAsync("apps", "reinstate", ended, "--store", location.Setting);
        var list = await CliRun.InvokeAsync("apps", "list", "--store", location.Setting);

        Assert.Equal(0, suspend.ExitCode);
        Assert.Equal(1, reinstateEnded.ExitCode);
        Assert.Contains($"La licence de l'application {ended} a pris fin", reinstateEnded.Output, StringComparison.Ordinal);
        Assert.Contains($"{ended}  « Site résilié »  résiliée", list.Output, StringComparison.Ordinal);
        Assert.Contains($"{followed}  « Site suivi »  suspendue", list.Output, StringComparison.Ordinal);
        await using var store = DeveloperStore.Open(location, new FakeTimeProvider(CliRun.Now));
        var told = Assert.Single(await store.Outbox.ListByRecipientAsync(owner), m => m.Kind == "application_suspendue");
        Assert.Contains("Mentions obligatoires absentes.", told.Body, StringComparison.Ordinal);
        Assert.Equal(["licence_refusee", "resiliation"], (await store.Enforcement.ListEventsAsync(ended)).Select(e => e.Kind));
        Assert.Equal(["suspension"], (await store.Enforcement.ListEventsAsync(followed)).Select(e => e.Kind));
    }

    /// <summary>One reuser whose requests were approved (as the operator's review queue does it); returns its address.</summary>
    private static async Task<string> ApprovedApplicationsAsync(StoreLocation location, params string[] names)
    {
        var clock = new FakeTimeProvider(CliRun.Now.AddDays(-3));
        await using var developers = DeveloperStore.Open(location, clock);
        var email = $"reutilisateur-{Guid.NewGuid():N}@exemple.fr";
        var now = clock.GetUtcNow();
        var account = new Account(Guid.NewGuid().ToString("N"), email, "x", AccountRole.Reuser, now, "stamp", 0, null, now);
        await developers.Accounts.CreateAsync(account, []);
        foreach (var name in names)
        {
            var request = new AccessRequest(Guid.NewGuid().ToString("N"), account.Id, name, ApiScopes.OffresApi,
                "Un site d'emploi régional qui affiche les offres avec leur source et un lien vers la licence.", 1,
                AccessRequestStatus.Pending, now, now + AccessRequest.ReviewPeriod, null, null, null, null);
            await developers.AccessRequests.SubmitAsync(request, []);
            var application = new ApiApplication(ClientCredentials.NewClientId(name), name, ClientCredentials.HashSecret(ClientCredentials.NewSecret()),
                ApiScopes.OffresApi, ApplicationStatus.Active, 10, 10, now, now);
            Assert.True(await developers.AccessRequests.ApproveAsync(request.Id, account.Id, now, application, []));
        }
        return email;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
