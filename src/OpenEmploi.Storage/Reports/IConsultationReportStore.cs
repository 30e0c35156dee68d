using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Storage.Reports;

/// <summary>
/// The reusers' monthly consultation reports (licence, article 5.4; schema 9): every accepted
/// upload with its lines, the reminders sent for missing ones, and the reminder job's lease.
/// </summary>
public interface IConsultationReportStore
{
    /// <summary>Stores an accepted report and its lines in one transaction, stamped now; the month's earlier uploads are kept.</summary>
    Task<ReportReceipt> AddAsync(NewConsultationReport report, CancellationToken ct = default);

    /// <summary>Every upload of one application, newest first.</summary>
    Task<IReadOnlyList<ReportReceipt>> ListByApplicationAsync(string clientId, CancellationToken ct = default);

    /// <summary>Every upload for one month, all applications, oldest first.</summary>
    Task<IReadOnlyList<ReportReceipt>> ListByMonthAsync(ReportMonth month, CancellationToken ct = default);

    /// <summary>Records a refused upload (schema 10), stamped now: nothing of the file, its errors only.</summary>
    Task RecordRejectionAsync(ReportRejection rejection, CancellationToken ct = default);

    /// <summary>Every refused upload of one application, newest first.</summary>
    Task<IReadOnlyList<ReportRejection>> ListRejectionsAsync(string clientId, CancellationToken ct = default);

    /// <summary>The lines of one upload, by offer id.</summary>
    Task<IReadOnlyList<ConsultationLine>> GetLinesAsync(long reportId, CancellationToken ct = default);

    /// <summary>
    /// Records reminder <paramref name="number"/> for (application, month) and queues its message
    /// (when there is a recipient) in one transaction, unless that reminder was already recorded or
    /// a report for the month has arrived meanwhile: false then, and nothing written.
    /// </summary>
    Task<bool> RecordReminderAsync(
        string clientId, ReportMonth month, int number, Notification? notification, CancellationToken ct = default);

    /// <summary>The reminders of one month, by application and number.</summary>
    Task<IReadOnlyList<ReportReminder>> ListRemindersAsync(ReportMonth month, CancellationToken ct = default);

    /// <summary>
    /// Takes or renews the lease of a periodic job for <paramref name="node"/> until now +
    /// <paramref name="lease"/>: true when the job is free (never leased, lease run out) or already
    /// this node's; false while another node's lease runs.
    /// </summary>
    Task<bool> TryLeaseJobAsync(string job, string node, TimeSpan lease, CancellationToken ct = default);
}
