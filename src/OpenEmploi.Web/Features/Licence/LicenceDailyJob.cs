using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Hosting;

namespace OpenEmploi.Web.Features.Licence;

/// <summary>What one day's run did.</summary>
public sealed record LicenceJobRun(string Day, int TacitAcceptances, int NoticesExpired, int IdleWarnings, int IdleTerminations);

/// <summary>
/// The licence's daily work: tacit acceptances of new versions (day 16), notices of breach left
/// unlifted for 30 days, the idle warning (11 months without an API call) and termination
/// (12 months). Every node runs the loop; the day's lease in scheduled_jobs lets one node run each
/// Paris day, and each change is itself a conditional update, so nothing is done twice even by a
/// node whose lease ran out mid-run.
/// </summary>
internal sealed partial class LicenceDailyJob(
    ILicenceStore licences,
    IEnforcementStore enforcement,
    IScheduledJobStore jobs,
    ApplicationDirectory directory,
    LicenceJobOptions options,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock,
    ILogger<LicenceDailyJob> logger) : BackgroundService
{
    public const string JobName = "licence.quotidien";

    public string Node { get; } = string.IsNullOrWhiteSpace(options.NodeName) ? Environment.MachineName : options.NodeName.Trim();

    /// <summary>Today's run when no node did it yet, null otherwise. Tests call it to drive the job.</summary>
    public async Task<LicenceJobRun?> RunOnceAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var day = ParisCalendar.Key(ParisCalendar.DayOf(now));
        if (!await jobs.TryStartAsync(JobName, day, Node, options.LeaseDuration, ct))
            return null;
        LicenceJobRun run;
        try
        {
            run = await RunAsync(day, now, ct);
        }
        catch
        {
            // The day is not recorded: the next round (here or on another node) tries again.
            await jobs.AbandonAsync(JobName, Node, CancellationToken.None);
            throw;
        }
        await jobs.FinishAsync(JobName, day, Node, ct);
        LogRun(logger, day, Node, run.TacitAcceptances, run.NoticesExpired, run.IdleWarnings, run.IdleTerminations);
        return run;
    }

    private async Task<LicenceJobRun> RunAsync(string day, DateTimeOffset now, CancellationToken ct)
    {
        var licensed = await licences.ListLicensedAsync(ct);
        var versions = await licences.ListAsync(ct);
        var decisions = await licences.ListDecisionsAsync(null, ct);
        var live = licensed.Where(l => !l.Application.IsRevoked && !l.Application.IsTerminated).ToList();

        var tacit = 0;
        foreach (var item in live)
        {
            var standing = LicenceStanding.Of(item.Request, item.Application, versions, decisions, now);
            foreach (var version in standing.Pending.Where(version => version.TacitAt <= now))
            {
                var decision = new LicenceDecision(item.Application.ClientId, version.Version, LicenceDecisionKind.Tacit, version.TacitAt!.Value, version.InForceAt, null);
                if (await licences.AcceptAsync(decision, [LicenceTexts.TacitlyAccepted(item.OwnerEmail, item.Application.Name, item.Application.ClientId, version)], ct))
                    tacit++;
            }
        }

        var owners = licensed.ToDictionary(l => l.Application.ClientId, StringComparer.Ordinal);
        var expired = 0;
        foreach (var notice in (await enforcement.ListNoticesAsync(null, ct)).Where(notice => notice.IsOpen && notice.DeadlineAt <= now))
        {
            IReadOnlyList<Notification> told = owners.TryGetValue(notice.ClientId, out var owner)
                ? [LicenceTexts.NoticeExpired(owner.OwnerEmail, owner.Application.Name, notice.ClientId, notice)]
                : [];
            if (await enforcement.ExpireNoticeAsync(notice.Id, now, told, ct))
            {
                expired++;
                directory.Forget(notice.ClientId);
            }
        }

        var (warned, terminated) = (0, 0);
        // A suspended application cannot call: its silence is the operator's doing, not idleness.
        foreach (var item in live.Where(l => l.Application.Status == ApplicationStatus.Active))
        {
            var application = item.Application;
            var lastCall = await enforcement.GetLastCallAsync(application.ClientId, ct);
            var idleSince = lastCall is { } call && call > application.CreatedAt ? call : application.CreatedAt;
            if (application.IdleWarnedAt is { } warnedAt && warnedAt >= idleSince)
            {
                if (now >= LicenceCalendar.IdleTerminationAt(idleSince, warnedAt)
                    && await enforcement.TerminateIdleAsync(application.ClientId, idleSince, now,
                        [LicenceTexts.IdleTerminated(item.OwnerEmail, application.Name, application.ClientId, idleSince)], ct))
                {
                    terminated++;
                    directory.Forget(application.ClientId);
                }
            }
            else if (now >= LicenceCalendar.IdleWarningAt(idleSince)
                && await enforcement.WarnIdleAsync(application.ClientId, idleSince, now,
                    [LicenceTexts.IdleWarning(item.OwnerEmail, application.Name, application.ClientId, idleSince, LicenceCalendar.IdleTerminationAt(idleSince, now))], ct))
            {
                warned++;
            }
        }
        return new LicenceJobRun(day, tacit, expired, warned, terminated);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Enabled
            ? RepeatingRounds.RunAsync(RunOnceAsync, options.PollInterval, clock, error => LogRoundFailed(logger, error), stoppingToken)
            : Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Tâche quotidienne de la licence du {Day} ({Node}) : {Tacit} acceptation(s) tacite(s), {Expired} mise(s) en demeure expirée(s), {Warned} avertissement(s) d'inactivité, {Terminated} résiliation(s) pour inactivité.")]
    private static partial void LogRun(ILogger logger, string day, string node, int tacit, int expired, int warned, int terminated);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tâche quotidienne de la licence échouée ; nouvel essai au prochain tour.")]
    private static partial void LogRoundFailed(ILogger logger, Exception error);
}
