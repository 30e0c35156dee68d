using System.Globalization;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Applications;

/// <summary>
/// One application's standing against the licence's 24 h refresh (article 5.2), read at <see cref="SyncComplianceReport.At"/>.
/// </summary>
/// <param name="Application">The application, as stored.</param>
/// <param name="HasSyncScope">Whether it may call the sync feed (an application that lost the scope may still have synced).</param>
/// <param name="LastSync">Its last successful sync call; null when it never synced.</param>
/// <param name="SequenceLag">Change-log entries written after its position: the log's head now minus its position (the whole log when it never synced).</param>
/// <param name="TimeLag">How old the oldest change it lacks is (zero when it lacks none). Never synced: since the application was created.</param>
/// <param name="CursorExpired">Its position is older than the change log's retention: its next changes call gets 410.</param>
/// <param name="Late">More than the threshold behind, or its cursor expired.</param>
public sealed record ApplicationSyncCompliance(
    ApiApplication Application,
    bool HasSyncScope,
    SyncStatus? LastSync,
    long SequenceLag,
    TimeSpan TimeLag,
    bool CursorExpired,
    bool Late);

public sealed record SyncComplianceReport(DateTimeOffset At, long Head, TimeSpan Threshold, IReadOnlyList<ApplicationSyncCompliance> Applications)
{
    public IEnumerable<ApplicationSyncCompliance> Late => Applications.Where(application => application.Late);
}

/// <summary>
/// Which applications keep their mirror within 24 h of the base. An application's lag is measured
/// on the change log, not on the clock of its calls: it is as far behind as the oldest change its
/// mirror lacks, so a mirror that called an hour ago but stopped halfway through a day of changes
/// is late, and one whose last call was at the head is not late while nothing has changed since.
/// Lists every application with the sync scope, and any other that synced.
/// </summary>
public static class SyncCompliance
{
    /// <summary>The licence's maximum: reusers refresh at least every 24 hours.</summary>
    public static readonly TimeSpan LicenceMaxLag = TimeSpan.FromHours(24);

    public static async Task<SyncComplianceReport> ReadAsync(
        IApplicationStore applications, IOffreStore offres, DateTimeOffset now, TimeSpan threshold, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(applications);
        ArgumentNullException.ThrowIfNull(offres);
        var head = await offres.GetLastSequenceAsync(ct);
        var prunedThrough = await offres.GetMetadataAsync(SyncSql.PrunedThroughKey, ct) is { } text
            ? long.Parse(text, CultureInfo.InvariantCulture)
            : 0;
        var statuses = (await applications.ListSyncStatusesAsync(ct)).ToDictionary(status => status.ClientId, StringComparer.Ordinal);
        var report = new List<ApplicationSyncCompliance>();
        foreach (var application in await applications.ListAsync(ct))
        {
            var hasScope = application.Scopes.Contains(ApiScopes.Sync);
            statuses.TryGetValue(application.ClientId, out var status);
            if (!hasScope && status is null)
                continue;
            TimeSpan lag;
            var expired = false;
            if (status is null)
            {
                lag = Positive(now - application.CreatedAt);
            }
            else
            {
                expired = status.Position < prunedThrough;
                lag = await offres.GetFirstChangeTimeAfterAsync(status.Position, ct) is { } firstMissing ? Positive(now - firstMissing) : TimeSpan.Zero;
            }
            var sequenceLag = Math.Max(0, head - (status?.Position ?? 0));
            report.Add(new ApplicationSyncCompliance(application, hasScope, status, sequenceLag, lag, expired, expired || lag > threshold));
        }
        return new SyncComplianceReport(now, head, threshold, report);
    }

    private static TimeSpan Positive(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;
}
