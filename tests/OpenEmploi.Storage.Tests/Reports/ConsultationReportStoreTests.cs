using OpenEmploi.Storage.Developers;
using OpenEmploi.Storage.Reports;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Reports;

public sealed class ConsultationReportStoreTests(TestStores stores) : StoreTestBase(stores)
{
    private static readonly ReportMonth March = new(2026, 3);

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Every_upload_is_kept_with_its_lines_and_the_latest_comes_first(StoreKind kind)
    {
        await using var developers = await OpenDevelopersAsync(kind);
        var reports = developers.Reports;

        var first = await reports.AddAsync(Report("PAR_a_1", March, ("048KLTP", 120), ("112ABCD", 37)));
        Time.Advance(TimeSpan.FromDays(1));
        var second = await reports.AddAsync(Report("PAR_a_1", March, ("048KLTP", 125)));
        await reports.AddAsync(Report("PAR_b_2", March, ("999ZZZZ", 0)));

        Assert.Equal(157, first.TotalViews);
        Assert.Equal(2, first.Offers);
        Assert.Equal(Start, first.ReceivedAt);
        Assert.Equal(Start.AddDays(1), second.ReceivedAt);
        var history = await reports.ListByApplicationAsync("PAR_a_1");
        Assert.Equal([second.Id, first.Id], history.Select(receipt => receipt.Id));
        Assert.Equal(first, history[1]);
        Assert.Equal([new ConsultationLine("048KLTP", 120), new ConsultationLine("112ABCD", 37)], await reports.GetLinesAsync(first.Id));
        Assert.Equal([new ConsultationLine("048KLTP", 125)], await reports.GetLinesAsync(second.Id));
        Assert.Equal(["PAR_a_1", "PAR_a_1", "PAR_b_2"], (await reports.ListByMonthAsync(March)).Select(receipt => receipt.ClientId));
        Assert.Empty(await reports.ListByMonthAsync(March.Next));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_reminder_is_recorded_once_with_its_message_and_never_once_the_report_arrived(StoreKind kind)
    {
        await using var developers = await OpenDevelopersAsync(kind);
        var reports = developers.Reports;
        var message = new Notification("rapport_consultation_manquant", "Proprio@Exemple.fr", "Rappel", "Texte");

        Assert.True(await reports.RecordReminderAsync("PAR_a_1", March, 1, message));
        Assert.False(await reports.RecordReminderAsync("PAR_a_1", March, 1, message));
        Assert.True(await reports.RecordReminderAsync("PAR_b_2", March, 1, null));
        await reports.AddAsync(Report("PAR_a_1", March, ("048KLTP", 1)));
        Assert.False(await reports.RecordReminderAsync("PAR_a_1", March, 2, message));

        var reminders = await reports.ListRemindersAsync(March);
        Assert.Equal([("PAR_a_1", 1, "proprio@exemple.fr"), ("PAR_b_2", 1, null)], reminders.Select(r => (r.ClientId, r.Number, r.Recipient)));
        var sent = Assert.Single(await developers.Outbox.ListByRecipientAsync("proprio@exemple.fr"));
        Assert.Equal("Rappel", sent.Subject);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_job_lease_belongs_to_one_node_until_it_runs_out(StoreKind kind)
    {
        var location = await Stores.CreateMigratedLocationAsync(kind);
        await using var nodeA = DeveloperStore.Open(location, Time);
        await using var nodeB = DeveloperStore.Open(location, Time);
        const string Job = "rappels_rapports_consultation";

        Assert.True(await nodeA.Reports.TryLeaseJobAsync(Job, "a", TimeSpan.FromMinutes(10)));
        Assert.False(await nodeB.Reports.TryLeaseJobAsync(Job, "b", TimeSpan.FromMinutes(10)));
        Assert.True(await nodeA.Reports.TryLeaseJobAsync(Job, "a", TimeSpan.FromMinutes(10)));
        Time.Advance(TimeSpan.FromMinutes(11));
        Assert.True(await nodeB.Reports.TryLeaseJobAsync(Job, "b", TimeSpan.FromMinutes(10)));
        Assert.False(await nodeA.Reports.TryLeaseJobAsync(Job, "a", TimeSpan.FromMinutes(10)));
        Assert.False(await nodeA.Reports.TryLeaseJobAsync("unknown_job", "a", TimeSpan.FromMinutes(10)));
    }

    private async Task<DeveloperStore> OpenDevelopersAsync(StoreKind kind) => DeveloperStore.Open(await Stores.CreateMigratedLocationAsync(kind), Time);

    private static NewConsultationReport Report(string clientId, ReportMonth month, params (string Id, long Views)[] lines) =>
        new(clientId, month, ReportChannel.Api, clientId, "rapport.csv", new string('a', 64), lines.Select(line => new ConsultationLine(line.Id, line.Views)).ToList());
}
