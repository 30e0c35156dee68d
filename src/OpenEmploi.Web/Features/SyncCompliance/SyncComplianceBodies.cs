using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Web.Features.SyncCompliance;

/// <summary>
/// The reusers' standing against the 24 h refresh, at <c>date</c>: the change log's head, the
/// threshold, and each application (every one with the sync scope, and any other that synced).
/// </summary>
internal sealed record SuiviSynchronisations(
    DateTimeOffset Date, long SequenceTete, double SeuilHeures, int NombreEnRetard, IReadOnlyList<SynchronisationApplication> Applications)
{
    public static SuiviSynchronisations Of(SyncComplianceReport report, IEnumerable<ApplicationSyncCompliance> applications)
    {
        var listed = applications.Select(SynchronisationApplication.Of).ToList();
        return new SuiviSynchronisations(report.At, report.Head, report.Threshold.TotalHours, report.Late.Count(), listed);
    }
}

/// <summary>
/// One application: its last successful sync (null when it never synced), how far behind the head
/// it is now in sequences and in seconds (the age of the oldest change its mirror lacks), whether
/// its cursor expired (its next call gets 410) and whether it is late.
/// </summary>
internal sealed record SynchronisationApplication(
    string ClientId, string Nom, string Statut, bool ScopeSynchronisation, DerniereSynchronisation? DerniereSynchronisation,
    long RetardSequences, long RetardSecondes, bool CurseurExpire, bool EnRetard)
{
    public static SynchronisationApplication Of(ApplicationSyncCompliance compliance)
    {
        var application = compliance.Application;
        return new SynchronisationApplication(
            application.ClientId, application.Name, application.Status == ApplicationStatus.Active ? "active" : "suspendue",
            compliance.HasSyncScope, compliance.LastSync is { } last ? DerniereSynchronisation.Of(last) : null,
            compliance.SequenceLag, (long)compliance.TimeLag.TotalSeconds, compliance.CursorExpired, compliance.Late);
    }
}

/// <summary>
/// The last successful sync call: when, what ("instantane" or "modifications"), the sequence the
/// mirror reached with it, the head at that moment, and the last time a call reached the head.
/// </summary>
internal sealed record DerniereSynchronisation(DateTimeOffset Date, string Type, long Position, long SequenceTete, DateTimeOffset? AJourLe)
{
    public static DerniereSynchronisation Of(SyncStatus status) => new(
        status.SyncedAt, status.Kind == SyncCallKind.Snapshot ? "instantane" : "modifications", status.Position, status.Head, status.CaughtUpAt);
}
