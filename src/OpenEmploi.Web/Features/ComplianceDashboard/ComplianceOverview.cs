using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Reports;
using OpenEmploi.Web.Features.ConsultationReports;
using OpenEmploi.Web.Features.DeveloperPlatform;
using Compliance = OpenEmploi.Storage.Applications.SyncCompliance;

namespace OpenEmploi.Web.Features.ComplianceDashboard;

/// <summary>
/// An application that has not called any API for a while: since its last call (or, never having
/// called, since its creation), and the day the licence's automatic termination would apply.
/// </summary>
internal sealed record IdleApplication(ApiApplication Application, DateTimeOffset? LastCall, TimeSpan IdleFor, DateTimeOffset TerminationFrom);

/// <summary>
/// The operator's compliance overview at <see cref="At"/>: mirrors more than 24 h behind (licence
/// 5.2), reports missing or late over the last ended months (5.4), idle applications (9).
/// </summary>
internal sealed record ComplianceOverview(
    DateTimeOffset At, SyncComplianceReport Sync, IReadOnlyList<ConsolidatedMonth> RecentMonths, IReadOnlyList<IdleApplication> Idle, TimeSpan IdleAfter)
{
    public IEnumerable<(ReportMonth Month, ConsolidatedRow Row)> ReportsMissingOrLate =>
        RecentMonths.SelectMany(month => month.Rows
            .Where(row => row.Report.Status is ReportStatus.Missing or ReportStatus.Late)
            .Select(row => (month.Month, row)));
}

/// <summary>Reads the compliance overview from the stores (nothing is cached: the page is for the operator).</summary>
internal sealed class ComplianceOverviewReader(
    IApplicationStore applications,
    IOffreStore offres,
    ConsolidatedReports reports,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    /// <summary>No call for this long makes an application idle on the dashboard (the licence ends it after 12 months).</summary>
    public static readonly TimeSpan IdleAfter = TimeSpan.FromDays(90);

    /// <summary>The ended months whose reports the dashboard checks.</summary>
    public const int RecentMonthCount = 3;

    public async Task<ComplianceOverview> ReadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var sync = await Compliance.ReadAsync(applications, offres, now, Compliance.LicenceMaxLag, ct);
        var months = new List<ConsolidatedMonth>();
        var month = ReportCalendar.LastEndedMonth(now);
        for (var i = 0; i < RecentMonthCount; i++, month = month.Previous)
            months.Add(await reports.ReadAsync(month, ct));
        var idle = new List<IdleApplication>();
        foreach (var application in await applications.ListAsync(ct))
        {
            if (application.IsRevoked || application.Status != ApplicationStatus.Active)
                continue;
            var lastCall = await applications.GetLastCallAsync(application.ClientId, ct);
            var since = lastCall ?? application.CreatedAt;
            if (now - since >= IdleAfter)
                idle.Add(new IdleApplication(application, lastCall, now - since, since.AddMonths(12)));
        }
        idle.Sort((a, b) => b.IdleFor.CompareTo(a.IdleFor));
        return new ComplianceOverview(now, sync, months, idle, IdleAfter);
    }
}
