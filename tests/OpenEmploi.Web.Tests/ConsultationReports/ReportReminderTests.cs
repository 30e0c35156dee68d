using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Reports;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.ConsultationReports;
using OpenEmploi.Web.Tests.DeveloperPlatform;

namespace OpenEmploi.Web.Tests.ConsultationReports;

public sealed class ReportReminderTests(ReportsPlatformFixture fixture) : IClassFixture<ReportsPlatformFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_missing_report_gets_one_reminder_at_the_deadline_and_one_a_week_later_never_twice(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var month = platform.Clock.MoveToMidMonth();
        var (reuser, requestId, clientId, secret) = await platform.ApprovedApplicationAsync("Oubli");
        using var _ = reuser;
        var (onTime, _, onTimeClientId, onTimeSecret) = await platform.ApprovedApplicationAsync("Ponctuel");
        using var __ = onTime;
        var deadline = platform.DeadlineOf(month);

        platform.Clock.SetUtcNow(deadline - TimeSpan.FromMinutes(1));
        using (var sent = await (await platform.ReportCallerAsync(onTimeClientId, onTimeSecret)).PutReportAsync(month.ToString(), "offre_id;vues\n048KLTP;5\n"))
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        await platform.Reminders().RunOnceAsync();
        Assert.Empty(await RemindersToAsync(platform, reuser.Email!, month));

        // Two nodes run the job: the one holding the lease (taken on the round before) sends, the other does nothing meanwhile.
        platform.Clock.SetUtcNow(deadline);
        using var otherNode = ActivatorUtilities.CreateInstance<ReportReminders>(
            platform.Running.Services, new ConsultationReportOptions { NodeName = "autre-noeud" });
        Assert.Equal(0, await otherNode.RunOnceAsync());
        Assert.Equal(1, await platform.Reminders().RunOnceAsync());
        Assert.Equal(0, await platform.Reminders().RunOnceAsync());
        Assert.Equal(0, await otherNode.RunOnceAsync());
        var first = Assert.Single(await RemindersToAsync(platform, reuser.Email!, month));
        Assert.Equal($"Rapport de consultation manquant : Oubli, {ReportCalendar.Label(month)}", first.Subject);
        Assert.Contains($"/developpeurs/applications/{requestId}/rapports", first.Body, StringComparison.Ordinal);
        Assert.Contains($"PUT /partenaire/rapports-consultation/v1/mois/{month}", first.Body, StringComparison.Ordinal);
        Assert.Empty(await RemindersToAsync(platform, onTime.Email!, month));
        while (await platform.Delivery.RunOnceAsync() > 0)
        {
        }
        Assert.NotNull(Assert.Single(await RemindersToAsync(platform, reuser.Email!, month)).SentAt);

        // The first node's lease has run out: the other takes the job over, and sends the second reminder once, a week after the first.
        platform.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await otherNode.RunOnceAsync());
        Assert.Single(await RemindersToAsync(platform, reuser.Email!, month));
        platform.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await otherNode.RunOnceAsync());
        Assert.Equal(0, await platform.Reminders().RunOnceAsync());
        Assert.Equal(0, await otherNode.RunOnceAsync());
        var reminders = await RemindersToAsync(platform, reuser.Email!, month);
        Assert.Equal(2, reminders.Count);
        Assert.StartsWith("Deuxième rappel : rapport de consultation manquant : Oubli", reminders[1].Subject, StringComparison.Ordinal);

        // The month stays missing, then late once sent; no reminder after that.
        using (var list = await (await platform.ReportCallerAsync(clientId, secret)).GetAsync("/partenaire/rapports-consultation/v1/mois"))
        {
            using var body = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
            Assert.Equal("manquant", body.RootElement.GetProperty("mois")[0].GetProperty("statut").GetString());
        }
        using (var late = await (await platform.ReportCallerAsync(clientId, secret)).PutReportAsync(month.ToString(), "offre_id;vues\n"))
        {
            Assert.Equal(HttpStatusCode.Created, late.StatusCode);
            using var body = JsonDocument.Parse(await late.Content.ReadAsStringAsync());
            Assert.Equal("en_retard", body.RootElement.GetProperty("statut").GetString());
            Assert.Equal(0, body.RootElement.GetProperty("offres").GetInt32());
        }
        platform.Clock.Advance(TimeSpan.FromDays(30));
        await platform.Reminders().RunOnceAsync();
        Assert.Equal(2, (await RemindersToAsync(platform, reuser.Email!, month)).Count);
    }

    private static async Task<List<Storage.Developers.OutboxMessage>> RemindersToAsync(DeveloperPlatform.DeveloperPlatform platform, string email, ReportMonth month) =>
        [.. (await platform.Outbox.ListByRecipientAsync(email))
            .Where(message => message.Kind == ReportNotificationTexts.ReminderKind && message.Subject.EndsWith(ReportCalendar.Label(month), StringComparison.Ordinal))];
}
