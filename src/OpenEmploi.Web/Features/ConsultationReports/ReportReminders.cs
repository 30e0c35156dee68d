using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Storage.Reports;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Hosting;

namespace OpenEmploi.Web.Features.ConsultationReports;

/// <summary>
/// Reminds the owners of missing reports: the first reminder once a month's deadline has passed,
/// the second <see cref="ConsultationReportOptions.SecondReminderAfter"/> later, each while its
/// window lasts (until the next one is due, and for as long again after the second) — a platform
/// started long after a deadline does not write about old months. Every node runs the loop, one
/// at a time does the work: the node holding the job's lease in the base. Each reminder is
/// recorded under a unique key with its outbox message in one transaction, and only while the
/// month has no report, so none goes twice even if two nodes ever overlapped.
/// </summary>
internal sealed partial class ReportReminders(
    IApplicationStore applications,
    IConsultationReportStore reports,
    IAccessRequestStore requests,
    IAccountStore accounts,
    ReportCalendar calendar,
    ConsultationReportOptions options,
    IConfiguration configuration,
    IServer server,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock,
    ILogger<ReportReminders> logger) : BackgroundService
{
    public const string JobName = "rappels_rapports_consultation";

    private readonly SemaphoreSlim _round = new(1, 1);

    public string Node { get; } = string.IsNullOrWhiteSpace(options.NodeName) ? Environment.MachineName : options.NodeName.Trim();

    /// <summary>One round now: the reminders recorded (0 when another node holds the job). Tests call it to drive the job.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await _round.WaitAsync(ct);
        try
        {
            if (!await reports.TryLeaseJobAsync(JobName, Node, options.LeaseDuration, ct))
                return 0;
            var now = clock.GetUtcNow();
            var sent = 0;
            var last = ReportCalendar.LastEndedMonth(now);
            foreach (var month in new[] { last, last.Previous })
            {
                if (DueReminder(month, now) is { } number)
                    sent += await RemindAsync(month, number, ct);
            }
            return sent;
        }
        finally
        {
            _round.Release();
        }
    }

    /// <summary>Which reminder of the month is due now, if any.</summary>
    private int? DueReminder(ReportMonth month, DateTimeOffset now)
    {
        var second = calendar.SecondReminderOf(month);
        if (now >= second)
            return now < second + options.SecondReminderAfter ? 2 : null;
        return now >= calendar.DeadlineOf(month) ? 1 : null;
    }

    private async Task<int> RemindAsync(ReportMonth month, int number, CancellationToken ct)
    {
        var reported = (await reports.ListByMonthAsync(month, ct)).Select(receipt => receipt.ClientId).ToHashSet(StringComparer.Ordinal);
        var sent = 0;
        foreach (var application in await applications.ListAsync(ct))
        {
            if (!ReportObligations.MustReport(application) || ReportObligations.FirstMonth(application) > month || reported.Contains(application.ClientId))
                continue;
            var notification = await NotificationFor(application, month, number, ct);
            if (await reports.RecordReminderAsync(application.ClientId, month, number, notification, ct))
            {
                sent++;
                LogReminded(logger, number, application.ClientId, month.ToString(), notification?.Recipient ?? "(aucun propriétaire)");
            }
        }
        return sent;
    }

    /// <summary>The message to the application's owner; null for an application without one (made on the command line).</summary>
    private async Task<Notification?> NotificationFor(ApiApplication application, ReportMonth month, int number, CancellationToken ct)
    {
        var request = await requests.FindByClientIdAsync(application.ClientId, ct);
        if (request is null || await accounts.GetAsync(request.AccountId, ct) is not { } owner)
            return null;
        var link = BaseUrl() + ConsultationReportsFeature.PagePath(request.Id);
        return ReportNotificationTexts.Reminder(owner.Email, application.Name, application.ClientId, month, number, calendar.DeadlineLabel(month), link);
    }

    /// <summary>OpenEmploi:PublicBaseUrl when set (behind a proxy); otherwise the address this node listens on.</summary>
    private string BaseUrl()
    {
        if (configuration["OpenEmploi:PublicBaseUrl"]?.TrimEnd('/') is { Length: > 0 } configured)
            return configured;
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return address?.TrimEnd('/') ?? "http://localhost";
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.RemindersEnabled
            ? RepeatingRounds.RunAsync(RunOnceAsync, options.ReminderInterval, clock, error => LogRoundFailed(logger, error), stoppingToken)
            : Task.CompletedTask;

    public override void Dispose()
    {
        _round.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rappel {Number} : rapport de consultation {Month} manquant pour {ClientId}, écrit à {Recipient}.")]
    private static partial void LogReminded(ILogger logger, int number, string clientId, string month, string recipient);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tour des rappels de rapports de consultation échoué ; nouvel essai au prochain tour.")]
    private static partial void LogRoundFailed(ILogger logger, Exception error);
}
