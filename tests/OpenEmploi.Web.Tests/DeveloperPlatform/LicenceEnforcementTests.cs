using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.Licence;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

/// <summary>
/// Licence article 9 over HTTP: suspension and reinstatement, a notice of breach left unlifted for
/// 30 days, 12 idle months; the daily job acting once a day whatever the number of nodes; the
/// audit export (article 13).
/// </summary>
public sealed class LicenceEnforcementTests(DeveloperPlatformFixture fixture) : IClassFixture<DeveloperPlatformFixture>
{
    private const string Scope = "api_offresdemploiv2 o2dsoffre";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_suspension_blocks_tokens_and_reinstatement_restores_them(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (reuser, requestId, clientId, secret) = await platform.ApprovedApplicationAsync("Suspendue");
        using var _ = reuser;
        var caller = new ApiCaller(platform.Api.Client, clientId, await platform.Api.GetTokenAsync(clientId, secret));
        using var operatorBrowser = await platform.NewOperatorAsync();

        var withoutReason = await operatorBrowser.OperatorActionAsync(clientId, "Suspendre", new() { ["motif"] = " " });
        Assert.Contains("Le motif de la suspension est obligatoire", withoutReason, StringComparison.Ordinal);
        using (var still = await caller.SearchAsync("range=0-0"))
            Assert.True(still.IsSuccessStatusCode);

        var suspended = await operatorBrowser.OperatorActionAsync(clientId, "Suspendre", new() { ["motif"] = "Le logo de l'opérateur manque sur les offres." });
        Assert.Contains("Application suspendue", suspended, StringComparison.Ordinal);
        var told = await platform.LastMessageAsync(reuser.Email!, "application_suspendue");
        Assert.Contains("Le logo de l'opérateur manque sur les offres.", told.Body, StringComparison.Ordinal);
        using (var call = await caller.SearchAsync("range=0-0"))
            Assert.Equal(HttpStatusCode.Forbidden, call.StatusCode);
        using (var token = await platform.Api.RequestTokenAsync(clientId, secret, Scope))
            Assert.Equal("unauthorized_client", (await LicenceJourneys.TokenErrorAsync(token)).Error);
        var detail = await reuser.PageAsync($"/developpeurs/applications/{requestId}");
        Assert.Contains("Accès suspendu</dt><dd class=\"statut-revoque\">depuis le", detail, StringComparison.Ordinal);
        Assert.Contains("motif : Le logo de l'opérateur manque sur les offres.", detail, StringComparison.Ordinal);

        var reinstated = await operatorBrowser.OperatorActionAsync(clientId, "Retablir");
        Assert.Contains("Accès rétabli", reinstated, StringComparison.Ordinal);
        Assert.Equal(1, await platform.CountMessagesAsync(reuser.Email!, "application_retablie"));
        using (var token = await platform.Api.RequestTokenAsync(clientId, secret, Scope))
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        using (var call = await caller.SearchAsync("range=0-0"))
            Assert.True(call.IsSuccessStatusCode);

        // The access log is written in the background: the refused call reaches the export within moments.
        JsonElement root = default;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var audit = await operatorBrowser.GetAsync($"/operateur/applications/{clientId}?handler=Audit");
            Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
            Assert.Equal("application/json", audit.Content.Headers.ContentType?.MediaType);
            root = JsonDocument.Parse(await audit.Content.ReadAsStringAsync()).RootElement.Clone();
            if (root.GetProperty("apiCalls").GetProperty("calls").EnumerateArray().Any(call => call.GetProperty("status").GetInt32() == 403))
                break;
            await Task.Delay(100);
        }
        Assert.Equal("openemploi-audit/1", root.GetProperty("format").GetString());
        Assert.Equal(clientId, root.GetProperty("application").GetProperty("clientId").GetString());
        Assert.Equal(reuser.Email, root.GetProperty("application").GetProperty("owner").GetString());
        Assert.Equal(requestId, root.GetProperty("accessRequests")[0].GetProperty("id").GetString());
        Assert.Equal("with_request", root.GetProperty("licence").GetProperty("decisions")[0].GetProperty("decision").GetString());
        Assert.Equal(["suspension", "retablissement"], root.GetProperty("journal").EnumerateArray().Select(entry => entry.GetProperty("kind").GetString()));
        Assert.Contains(root.GetProperty("apiCalls").GetProperty("calls").EnumerateArray(), call => call.GetProperty("status").GetInt32() == 403);
        using var reuserAudit = await reuser.GetAsync($"/operateur/applications/{clientId}?handler=Audit");
        Assert.NotEqual(HttpStatusCode.OK, reuserAudit.StatusCode);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_notice_left_unlifted_for_30_days_terminates_the_application_a_lifted_one_does_not(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (ignored, ignoredRequest, ignoredClient, ignoredSecret) = await platform.ApprovedApplicationAsync("Négligente");
        var (heeding, _, heedingClient, heedingSecret) = await platform.ApprovedApplicationAsync("Diligente");
        using var _1 = ignored;
        using var _2 = heeding;
        using var operatorBrowser = await platform.NewOperatorAsync();
        var sent = platform.Today();

        var empty = await operatorBrowser.OperatorActionAsync(ignoredClient, "MettreEnDemeure", new() { ["motif"] = "" });
        Assert.Contains("Le motif de la mise en demeure est obligatoire", empty, StringComparison.Ordinal);
        Assert.Contains("Mise en demeure envoyée", await operatorBrowser.OperatorActionAsync(ignoredClient, "MettreEnDemeure",
            new() { ["motif"] = "Aucune synchronisation depuis 10 jours (article 5.2)." }), StringComparison.Ordinal);
        var heedingPage = await operatorBrowser.OperatorActionAsync(heedingClient, "MettreEnDemeure", new() { ["motif"] = "Mentions obligatoires absentes." });
        Assert.Contains("Aucune synchronisation depuis 10 jours", (await platform.LastMessageAsync(ignored.Email!, "mise_en_demeure")).Body, StringComparison.Ordinal);
        Assert.Contains("Mise en demeure en cours", await ignored.PageAsync($"/developpeurs/applications/{ignoredRequest}"), StringComparison.Ordinal);

        platform.MoveTo(sent.AddDays(2), TimeSpan.FromHours(9));
        Assert.Contains("Mise en demeure levée", await operatorBrowser.OperatorActionAsync(heedingClient, "Lever",
            new() { ["noticeId"] = LicenceJourneys.OpenNoticeId(heedingPage) }), StringComparison.Ordinal);
        Assert.Equal(1, await platform.CountMessagesAsync(heeding.Email!, "mise_en_demeure_levee"));

        // Day 30 is still within the notice.
        platform.MoveTo(sent.AddDays(30), TimeSpan.FromHours(22));
        Assert.Equal(0, (await platform.RunLicenceJobAsync()).NoticesExpired);
        using (var token = await platform.Api.RequestTokenAsync(ignoredClient, ignoredSecret, Scope))
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);

        platform.MoveTo(sent.AddDays(31), TimeSpan.FromHours(1));
        Assert.True((await platform.RunLicenceJobAsync()).NoticesExpired >= 1);
        using (var token = await platform.Api.RequestTokenAsync(ignoredClient, ignoredSecret, Scope))
            Assert.Equal(("unauthorized_client", "Licence résiliée : l'application n'a plus accès aux API."), await LicenceJourneys.TokenErrorAsync(token));
        using (var token = await platform.Api.RequestTokenAsync(heedingClient, heedingSecret, Scope))
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Contains("est restée sans suite pendant 30 jours", (await platform.LastMessageAsync(ignored.Email!, "licence_resiliee")).Body, StringComparison.Ordinal);
        Assert.Contains("mise en demeure restée sans suite 30 jours", await ignored.PageAsync($"/developpeurs/applications/{ignoredRequest}"), StringComparison.Ordinal);
        var applications = platform.Running.Services.GetRequiredService<IApplicationStore>();
        var terminated = await applications.GetAsync(ignoredClient);
        Assert.Equal((TerminationCauses.NoticeExpired, true), (terminated!.TerminationCause, terminated.IsRevoked));
        // Nothing changes a terminated licence: no reinstatement, no new notice.
        Assert.Contains("a pris fin", await operatorBrowser.OperatorActionAsync(ignoredClient, "MettreEnDemeure", new() { ["motif"] = "Encore." }), StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Twelve_idle_months_warn_at_eleven_then_terminate(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (reuser, requestId, clientId, secret) = await platform.ApprovedApplicationAsync("Endormie");
        using var _ = reuser;
        var created = (await platform.Running.Services.GetRequiredService<IApplicationStore>().GetAsync(clientId))!.CreatedAt;

        platform.MoveTo(Paris(created.AddMonths(11)).AddDays(-1), TimeSpan.FromHours(3));
        await platform.RunLicenceJobAsync();
        Assert.Equal(0, await platform.CountMessagesAsync(reuser.Email!, "avertissement_inactivite"));

        platform.MoveTo(Paris(created.AddMonths(11)).AddDays(1), TimeSpan.FromHours(3));
        Assert.True((await platform.RunLicenceJobAsync()).IdleWarnings >= 1);
        var warning = await platform.LastMessageAsync(reuser.Email!, "avertissement_inactivite");
        Assert.Contains("n'a fait aucun appel à l'API depuis le", warning.Body, StringComparison.Ordinal);
        Assert.Contains("Sans appel à l'API d'ici là, elle le sera le", warning.Body, StringComparison.Ordinal);
        Assert.Contains("Avertissement d'inactivité", await reuser.PageAsync($"/developpeurs/applications/{requestId}"), StringComparison.Ordinal);

        platform.MoveTo(Paris(created.AddMonths(11)).AddDays(2), TimeSpan.FromHours(3));
        await platform.RunLicenceJobAsync();
        Assert.Equal(1, await platform.CountMessagesAsync(reuser.Email!, "avertissement_inactivite"));
        using (var token = await platform.Api.RequestTokenAsync(clientId, secret, Scope))
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);

        platform.MoveTo(Paris(created.AddMonths(12)).AddDays(2), TimeSpan.FromHours(3));
        Assert.True((await platform.RunLicenceJobAsync()).IdleTerminations >= 1);
        Assert.Contains("Après 12 mois sans aucun appel", (await platform.LastMessageAsync(reuser.Email!, "licence_resiliee")).Body, StringComparison.Ordinal);
        using (var token = await platform.Api.RequestTokenAsync(clientId, secret, Scope))
            Assert.Equal(("unauthorized_client", "Licence résiliée : l'application n'a plus accès aux API."), await LicenceJourneys.TokenErrorAsync(token));
        Assert.Contains("12 mois sans appel à l'API", await reuser.PageAsync($"/developpeurs/applications/{requestId}"), StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_daily_job_acts_once_a_day_even_when_two_nodes_run_it(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (reuser, _, clientId, _) = await platform.ApprovedApplicationAsync("Deux nœuds");
        using var _1 = reuser;
        using var operatorBrowser = await platform.NewOperatorAsync();
        var version = await operatorBrowser.PublishLicenceAsync($"Licence — version pour deux nœuds {Guid.NewGuid():N}");
        var published = platform.Today();
        // The second node: its own store (its own connections) on the same base, its own name.
        var services = platform.Running.Services;
        await using var otherStore = DeveloperStore.Open(services.GetRequiredService<StoreLocation>(), platform.Clock);
        var otherNode = new LicenceDailyJob(
            otherStore.Licences, otherStore.Enforcement, otherStore.ScheduledJobs,
            new ApplicationDirectory(services.GetRequiredService<IApplicationStore>(), platform.Clock, services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()),
            new LicenceJobOptions { NodeName = "noeud-b", Enabled = false }, platform.Clock, NullLogger<LicenceDailyJob>.Instance);
        Assert.NotEqual(platform.Job().Node, otherNode.Node);

        platform.MoveTo(published.AddDays(16), TimeSpan.FromHours(2));
        var runs = await Task.WhenAll(platform.Job().RunOnceAsync(), otherNode.RunOnceAsync(), platform.Job().RunOnceAsync(), otherNode.RunOnceAsync());

        var ran = Assert.Single(runs, run => run is not null);
        Assert.True(ran!.TacitAcceptances >= 1);
        Assert.Equal(1, await platform.CountMessagesAsync(reuser.Email!, "licence_acceptee_tacitement"));
        var decisions = await otherStore.Licences.ListDecisionsAsync(clientId);
        Assert.Equal((version, LicenceDecisionKind.Tacit), (Assert.Single(decisions).Version, decisions[0].Decision));
        Assert.Null(await otherNode.RunOnceAsync());
        Assert.Null(await platform.Job().RunOnceAsync());

        // The next day it runs again, on either node, and has nothing left to do for this application.
        platform.MoveTo(published.AddDays(17), TimeSpan.FromHours(2));
        var next = await Task.WhenAll(otherNode.RunOnceAsync(), platform.Job().RunOnceAsync());
        Assert.Single(next, run => run is not null);
        Assert.Equal(1, await platform.CountMessagesAsync(reuser.Email!, "licence_acceptee_tacitement"));
        Assert.Equal(ParisKey(published.AddDays(17)), (await otherStore.ScheduledJobs.GetLastRunAsync(LicenceDailyJob.JobName))!.Value.Day);
    }

    private static DateOnly Paris(DateTimeOffset instant) => OpenEmploi.Web.Features.DeveloperPlatform.ParisCalendar.DayOf(instant);

    private static string ParisKey(DateOnly day) => OpenEmploi.Web.Features.DeveloperPlatform.ParisCalendar.Key(day);
}
