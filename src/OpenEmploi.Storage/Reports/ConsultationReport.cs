namespace OpenEmploi.Storage.Reports;

/// <summary>How a report reached the platform: the application's page (a signed-in owner) or the API (the application's token).</summary>
public enum ReportChannel
{
    Page,
    Api,
}

/// <summary>The views of one offer in a month, as the reuser counted them.</summary>
public sealed record ConsultationLine(string OffreId, long Views);

/// <summary>
/// An accepted consultation report to store: the month's new latest version. <see cref="SubmittedBy"/>
/// is the owner's account id (page) or the client id (API); <see cref="Sha256"/> the file's digest.
/// </summary>
public sealed record NewConsultationReport(
    string ClientId,
    ReportMonth Month,
    ReportChannel Channel,
    string SubmittedBy,
    string? FileName,
    string Sha256,
    IReadOnlyList<ConsultationLine> Lines)
{
    public long TotalViews => Lines.Sum(line => line.Views);
}

/// <summary>One stored upload (without its lines): every upload is kept, the month's report is the latest.</summary>
public sealed record ReportReceipt(
    long Id,
    string ClientId,
    ReportMonth Month,
    DateTimeOffset ReceivedAt,
    ReportChannel Channel,
    string SubmittedBy,
    string? FileName,
    int Offers,
    long TotalViews,
    string Sha256);

/// <summary>A reminder recorded for a missing report: 1 at the deadline, 2 a week later.</summary>
public sealed record ReportReminder(string ClientId, ReportMonth Month, int Number, DateTimeOffset SentAt, string? Recipient);

/// <summary>
/// A refused upload, kept for the audit: the month as sent (maybe the error itself), how many
/// errors and the first ones in French, one per line. <see cref="ReceivedAt"/> is set by the store.
/// </summary>
public sealed record ReportRejection(
    string ClientId,
    string Month,
    DateTimeOffset ReceivedAt,
    ReportChannel Channel,
    string SubmittedBy,
    string? FileName,
    int ErrorCount,
    string Errors);
