using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Reports;

namespace OpenEmploi.Web.Features.ConsultationReports;

/// <summary>Where an application stands for one month's report.</summary>
internal enum ReportStatus
{
    /// <summary>Received by the deadline.</summary>
    Received,

    /// <summary>Received, but after the deadline.</summary>
    Late,

    /// <summary>Nothing received and the deadline has passed.</summary>
    Missing,

    /// <summary>Nothing received yet, the deadline is still ahead.</summary>
    Due,
}

/// <summary>
/// One application's report for one month: its status, the deadline, its first upload (which
/// decides whether it was on time: a later correction does not make it late) and its latest (the
/// report that counts), and how many uploads there were.
/// </summary>
internal sealed record MonthReport(ReportMonth Month, ReportStatus Status, DateTimeOffset Deadline, ReportReceipt? First, ReportReceipt? Latest, int Uploads)
{
    public static MonthReport Of(ReportMonth month, DateTimeOffset deadline, IReadOnlyList<ReportReceipt> uploadsOfMonth, DateTimeOffset now)
    {
        var ordered = uploadsOfMonth.OrderBy(receipt => receipt.Id).ToList();
        var first = ordered.FirstOrDefault();
        var status = first is null
            ? now >= deadline ? ReportStatus.Missing : ReportStatus.Due
            : first.ReceivedAt <= deadline ? ReportStatus.Received : ReportStatus.Late;
        return new MonthReport(month, status, deadline, first, ordered.LastOrDefault(), ordered.Count);
    }
}

internal static class ReportStatusText
{
    /// <summary>The French label of a status, as pages and the consolidated CSV write it.</summary>
    public static string Label(ReportStatus status) => status switch
    {
        ReportStatus.Received => "reçu",
        ReportStatus.Late => "reçu en retard",
        ReportStatus.Missing => "manquant",
        ReportStatus.Due => "attendu",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The API's code of a status (ASCII, stable).</summary>
    public static string Code(ReportStatus status) => status switch
    {
        ReportStatus.Received => "recu",
        ReportStatus.Late => "en_retard",
        ReportStatus.Missing => "manquant",
        ReportStatus.Due => "attendu",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

/// <summary>
/// Who owes reports, for which months. Every application that reads offers (offers API or sync
/// feed), active and not revoked, owes one report per calendar month from the month it was created
/// in (a partial month too) to the last month that is over.
/// </summary>
internal sealed class ReportObligations(IConsultationReportStore reports, ReportCalendar calendar)
{
    public static bool MustReport(ApiApplication application) =>
        application.Status == ApplicationStatus.Active && !application.IsRevoked && ApiScopes.ReadsOffers(application.Scopes);

    public static ReportMonth FirstMonth(ApiApplication application) => ReportCalendar.MonthOf(application.CreatedAt);

    /// <summary>The months an application may send a report for at <paramref name="now"/>, newest first (none in its first month).</summary>
    public static IReadOnlyList<ReportMonth> OpenMonths(ApiApplication application, DateTimeOffset now)
    {
        var months = new List<ReportMonth>();
        for (var month = ReportCalendar.LastEndedMonth(now); month >= FirstMonth(application); month = month.Previous)
            months.Add(month);
        return months;
    }

    public MonthReport StatusOf(ReportMonth month, IEnumerable<ReportReceipt> uploads, DateTimeOffset now) =>
        MonthReport.Of(month, calendar.DeadlineOf(month), uploads.Where(receipt => receipt.Month == month).ToList(), now);

    /// <summary>An application's months, newest first: every open month, and any other it sent a report for.</summary>
    public async Task<IReadOnlyList<MonthReport>> ForApplicationAsync(ApiApplication application, DateTimeOffset now, CancellationToken ct)
    {
        var uploads = await reports.ListByApplicationAsync(application.ClientId, ct);
        return OpenMonths(application, now)
            .Union(uploads.Select(receipt => receipt.Month))
            .OrderDescending()
            .Select(month => StatusOf(month, uploads, now))
            .ToList();
    }
}
