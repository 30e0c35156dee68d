namespace OpenEmploi.Storage.Developers;

/// <summary>
/// Licence article 9 on an application: suspension and reinstatement, notices of breach, the end of
/// the licence (notice expired, 12 months idle), and the journal of it all (schema 8). Each change
/// is a conditional update written with its notifications and journal entry, all or nothing, so
/// that two operators, or two nodes running the daily job, never do it twice.
/// </summary>
public interface IEnforcementStore
{
    /// <summary>Suspends an active application; false when unknown, already suspended, revoked or terminated.</summary>
    Task<bool> SuspendAsync(string clientId, string reason, string? actor, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    /// <summary>Reinstates a suspended application; false when unknown, not suspended, revoked or terminated.</summary>
    Task<bool> ReinstateAsync(string clientId, string? actor, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    /// <summary>Records a notice; false when the application is unknown, revoked or terminated.</summary>
    Task<bool> SendNoticeAsync(LicenceNotice notice, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    /// <summary>Lifts an open notice; false when it is unknown, already lifted or expired.</summary>
    Task<bool> LiftNoticeAsync(string noticeId, string? actor, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    Task<LicenceNotice?> GetNoticeAsync(string noticeId, CancellationToken ct = default);

    /// <summary>The notices of one application, or of all when <paramref name="clientId"/> is null; oldest first.</summary>
    Task<IReadOnlyList<LicenceNotice>> ListNoticesAsync(string? clientId, CancellationToken ct = default);

    /// <summary>
    /// Ends the application's licence for an open notice whose deadline has passed at <paramref name="at"/>;
    /// false when the notice was lifted, already expired, not yet due, or the licence already ended.
    /// </summary>
    Task<bool> ExpireNoticeAsync(string noticeId, DateTimeOffset at, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    /// <summary>The time of the application's last API call (the access log), null when it never called.</summary>
    Task<DateTimeOffset?> GetLastCallAsync(string clientId, CancellationToken ct = default);

    /// <summary>
    /// Records the idle warning; false when the owner was already warned since <paramref name="idleSince"/>
    /// or the licence ended.
    /// </summary>
    Task<bool> WarnIdleAsync(string clientId, DateTimeOffset idleSince, DateTimeOffset at, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    /// <summary>
    /// Ends an idle application's licence: only when it was warned since <paramref name="idleSince"/>,
    /// made no call after it, and is not already terminated.
    /// </summary>
    Task<bool> TerminateIdleAsync(string clientId, DateTimeOffset idleSince, DateTimeOffset at, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    /// <summary>The application's licence journal, oldest first.</summary>
    Task<IReadOnlyList<LicenceEvent>> ListEventsAsync(string clientId, CancellationToken ct = default);
}

/// <summary>
/// Jobs that run once per day whichever node runs them (schema 8, scheduled_jobs): a node takes the
/// day's lease with a conditional update, runs, and records the day as done.
/// </summary>
public interface IScheduledJobStore
{
    /// <summary>
    /// Takes the lease of <paramref name="job"/> for <paramref name="day"/> ('yyyy-MM-dd'); false when
    /// that day is already done or another node holds a running lease.
    /// </summary>
    Task<bool> TryStartAsync(string job, string day, string node, TimeSpan lease, CancellationToken ct = default);

    /// <summary>Records <paramref name="day"/> as done and releases the lease (only this node's).</summary>
    Task FinishAsync(string job, string day, string node, CancellationToken ct = default);

    /// <summary>Releases this node's lease without recording the day (a failed run is tried again).</summary>
    Task AbandonAsync(string job, string node, CancellationToken ct = default);

    /// <summary>The last day done and when, null when the job never ran.</summary>
    Task<(string Day, DateTimeOffset At)?> GetLastRunAsync(string job, CancellationToken ct = default);
}
