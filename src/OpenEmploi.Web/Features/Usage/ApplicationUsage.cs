using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Web.Features.ConsultationReports;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.Usage;

/// <summary>The API calls of one Paris day.</summary>
internal sealed record DailyCalls(DateOnly Day, long Calls);

/// <summary>
/// What the owner sees of an application's use on "my applications": calls per day over the last
/// <see cref="UsageReader.Days"/> Paris days (today included, from the access log), its quota, its
/// sync standing (licence 5.2) and the report of the last month that is over (licence 5.4).
/// </summary>
internal sealed record UsageSummary(
    IReadOnlyList<DailyCalls> Days, ApiApplication Application, ApplicationSyncCompliance? Sync, MonthReport? LastReport)
{
    public long Total => Days.Sum(day => day.Calls);

    public long Peak => Days.Count == 0 ? 0 : Days.Max(day => day.Calls);
}

/// <summary>Reads the usage of a reuser's applications, on the developer platform's clock (the access log's).</summary>
internal sealed class UsageReader(
    IApplicationStore applications,
    IOffreStore offres,
    ReportObligations reports,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    public const int Days = 30;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>One summary per application, in the order given.</summary>
    public async Task<IReadOnlyDictionary<string, UsageSummary>> ReadAsync(IReadOnlyList<ApiApplication> owned, CancellationToken ct)
    {
        var summaries = new Dictionary<string, UsageSummary>(StringComparer.Ordinal);
        if (owned.Count == 0)
            return summaries;
        var now = Now;
        var today = ParisCalendar.DayOf(now);
        var days = Enumerable.Range(0, Days).Select(offset => today.AddDays(offset - Days + 1)).ToList();
        var bounds = days.Select(ParisCalendar.StartOf).Append(ParisCalendar.StartOf(today.AddDays(1))).ToList();
        var sync = (await OpenEmploi.Storage.Applications.SyncCompliance.ReadAsync(applications, offres, now, OpenEmploi.Storage.Applications.SyncCompliance.LicenceMaxLag, ct)).Applications
            .ToDictionary(item => item.Application.ClientId, StringComparer.Ordinal);
        foreach (var application in owned)
        {
            var counts = await applications.CountCallsAsync(application.ClientId, bounds, ct);
            MonthReport? lastReport = null;
            if (ReportObligations.MustReport(application))
            {
                var lastEnded = ReportCalendar.LastEndedMonth(now);
                lastReport = (await reports.ForApplicationAsync(application, now, ct)).FirstOrDefault(month => month.Month == lastEnded);
            }
            summaries[application.ClientId] = new UsageSummary(
                [.. days.Select((day, index) => new DailyCalls(day, counts[index]))], application, sync.GetValueOrDefault(application.ClientId), lastReport);
        }
        return summaries;
    }
}
