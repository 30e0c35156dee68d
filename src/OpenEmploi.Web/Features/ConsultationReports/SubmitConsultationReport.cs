using System.Globalization;
using System.Security.Cryptography;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Reports;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.ConsultationReports;

/// <summary>What became of an upload: stored (its receipt and the month's status), or every error found.</summary>
internal sealed record SubmitOutcome(ReportReceipt? Receipt, MonthReport? Status, IReadOnlyList<ReportError> Errors, int ErrorCount)
{
    public bool Accepted => Receipt is not null;

    public static SubmitOutcome Rejected(params ReportError[] errors) => new(null, null, errors, errors.Length);
}

/// <summary>
/// Checks and stores one month's report of one application, for the page and the API alike: the
/// month (over, and not before the application existed), the size, then every line of the file.
/// A file with any error is refused whole, with all its errors; an accepted one becomes the month's
/// report, the earlier uploads kept as history.
/// </summary>
internal sealed class SubmitConsultationReport(
    IConsultationReportStore reports,
    ReportObligations obligations,
    ConsultationReportOptions options,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    /// <summary>How many errors of a refused upload the audit keeps in words (all are counted).</summary>
    public const int RecordedErrors = 50;

    /// <summary>Checks and stores the upload; a refused one is recorded (errors only) for the audit export.</summary>
    public async Task<SubmitOutcome> SubmitAsync(
        ApiApplication application, string? monthText, ReadOnlyMemory<byte> content, string? fileName, ReportChannel channel, string submittedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        var outcome = await CheckAndStoreAsync(application, monthText, content, fileName, channel, submittedBy, ct);
        if (!outcome.Accepted)
        {
            var month = (monthText ?? "").Trim();
            await reports.RecordRejectionAsync(new ReportRejection(
                application.ClientId, month.Length > 32 ? month[..32] : month, default, channel, submittedBy, CleanFileName(fileName), outcome.ErrorCount,
                string.Join("\n", outcome.Errors.Take(RecordedErrors).Select(error => error.ToString()))), ct);
        }
        return outcome;
    }

    private async Task<SubmitOutcome> CheckAndStoreAsync(
        ApiApplication application, string? monthText, ReadOnlyMemory<byte> content, string? fileName, ReportChannel channel, string submittedBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (MonthError(application, monthText, now, out var month) is { } monthError)
            return SubmitOutcome.Rejected(monthError);
        if (content.Length > options.MaxFileBytes)
        {
            return SubmitOutcome.Rejected(new ReportError(0, "fichier", null,
                $"fichier trop volumineux ({content.Length.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))} octets) : "
                + $"{options.MaxFileBytes.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))} octets au plus."));
        }
        var parsed = ConsultationCsv.Parse(content.Span, month);
        if (!parsed.IsValid)
            return new SubmitOutcome(null, null, parsed.Errors, parsed.ErrorCount);
        var receipt = await reports.AddAsync(new NewConsultationReport(
            application.ClientId, month, channel, submittedBy, CleanFileName(fileName), Convert.ToHexStringLower(SHA256.HashData(content.Span)), parsed.Lines), ct);
        var uploads = await reports.ListByApplicationAsync(application.ClientId, ct);
        return new SubmitOutcome(receipt, obligations.StatusOf(month, uploads, clock.GetUtcNow()), [], 0);
    }

    private static ReportError? MonthError(ApiApplication application, string? text, DateTimeOffset now, out ReportMonth month)
    {
        if (!ReportMonth.TryParse(text?.Trim(), out month))
            return new ReportError(0, "mois", text, "mois attendu au format AAAA-MM (ex. 2026-11).");
        if (month > ReportCalendar.LastEndedMonth(now))
        {
            return new ReportError(0, "mois", month.ToString(),
                $"le mois n'est pas terminé : son rapport se dépose à partir du {FrenchTime.Format(ReportCalendar.EndOf(month))}.");
        }
        var first = ReportObligations.FirstMonth(application);
        if (month < first)
        {
            return new ReportError(0, "mois", month.ToString(),
                $"l'application n'existait pas encore ce mois-là : son premier rapport est celui de {ReportCalendar.Label(first)}.");
        }
        return null;
    }

    /// <summary>The name as sent, without any folder part, cut to a sensible length; null when none.</summary>
    private static string? CleanFileName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var bare = name.Replace('\\', '/').Split('/')[^1].Trim();
        return bare.Length == 0 ? null : bare.Length > 200 ? bare[..200] : bare;
    }
}
