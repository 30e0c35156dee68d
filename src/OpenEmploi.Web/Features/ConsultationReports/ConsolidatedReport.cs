using System.Globalization;
using System.Text;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Storage.Reports;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.ConsultationReports;

/// <summary>
/// One application in the month's consolidated report: its report's status and latest figures
/// beside the apply redirections counted for it that month (licence 5.4: consultations reported
/// by the reuser, redirections measured by the operator).
/// </summary>
internal sealed record ConsolidatedRow(
    ApiApplication Application, string? OwnerEmail, MonthReport Report, long Redirections, int OffersRedirected, int Reminders);

internal sealed record ConsolidatedMonth(ReportMonth Month, DateTimeOffset Deadline, IReadOnlyList<ConsolidatedRow> Rows)
{
    public int Count(ReportStatus status) => Rows.Count(row => row.Report.Status == status);

    public long TotalViews => Rows.Sum(row => row.Report.Latest?.TotalViews ?? 0);

    public long TotalRedirections => Rows.Sum(row => row.Redirections);
}

/// <summary>
/// The operator's view of a month: every application that owed a report for it (or sent one), its
/// status, its latest report's offers and views, and its apply redirections over the month's days.
/// </summary>
internal sealed class ConsolidatedReports(
    IApplicationStore applications,
    IConsultationReportStore reports,
    IAccessRequestStore requests,
    IAccountStore accounts,
    ReportObligations obligations,
    ReportCalendar calendar,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    public const string CsvHeader =
        "mois;client_id;application;proprietaire;statut;premier_depot_le;dernier_depot_le;depots;offres_rapportees;vues_total;redirections;offres_redirigees;rappels";

    public async Task<ConsolidatedMonth> ReadAsync(ReportMonth month, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var uploads = (await reports.ListByMonthAsync(month, ct)).ToLookup(receipt => receipt.ClientId, StringComparer.Ordinal);
        var reminders = (await reports.ListRemindersAsync(month, ct)).ToLookup(reminder => reminder.ClientId, StringComparer.Ordinal);
        // The redirect counts are per UTC day: the month's days, as the reuser's calendar month has them.
        var redirects = (await applications.GetApplyRedirectCountsAsync(null, month.FirstDay, month.LastDay, ct))
            .ToLookup(count => count.ClientId, StringComparer.Ordinal);
        var rows = new List<ConsolidatedRow>();
        foreach (var application in await applications.ListAsync(ct))
        {
            var owes = ReportObligations.MustReport(application) && ReportObligations.FirstMonth(application) <= month;
            if (!owes && !uploads.Contains(application.ClientId))
                continue;
            var counts = redirects[application.ClientId].ToList();
            rows.Add(new ConsolidatedRow(
                application,
                await OwnerEmailAsync(application.ClientId, ct),
                obligations.StatusOf(month, uploads[application.ClientId], now),
                counts.Sum(count => count.Count),
                counts.Select(count => count.OffreId).Distinct(StringComparer.Ordinal).Count(),
                reminders[application.ClientId].Count()));
        }
        rows.Sort((a, b) => string.CompareOrdinal(a.Application.ClientId, b.Application.ClientId));
        return new ConsolidatedMonth(month, calendar.DeadlineOf(month), rows);
    }

    private async Task<string?> OwnerEmailAsync(string clientId, CancellationToken ct) =>
        await requests.FindByClientIdAsync(clientId, ct) is { } request && await accounts.GetAsync(request.AccountId, ct) is { } owner
            ? owner.Email
            : null;

    /// <summary>The consolidated report as CSV: UTF-8 with BOM (spreadsheets), ";" separated, CRLF line ends, times in UTC ISO 8601.</summary>
    public static byte[] ToCsv(ConsolidatedMonth report)
    {
        var text = new StringBuilder();
        text.Append(CsvHeader).Append("\r\n");
        foreach (var row in report.Rows)
        {
            string[] fields =
            [
                report.Month.ToString(),
                row.Application.ClientId,
                row.Application.Name,
                row.OwnerEmail ?? "",
                ReportStatusText.Code(row.Report.Status),
                Time(row.Report.First?.ReceivedAt),
                Time(row.Report.Latest?.ReceivedAt),
                Number(row.Report.Uploads),
                row.Report.Latest is { } latest ? Number(latest.Offers) : "",
                row.Report.Latest is { } views ? Number(views.TotalViews) : "",
                Number(row.Redirections),
                Number(row.OffersRedirected),
                Number(row.Reminders),
            ];
            text.AppendJoin(';', fields.Select(Escape)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string field) =>
        field.AsSpan().ContainsAny(";\"\r\n") ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
