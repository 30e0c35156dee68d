namespace OpenEmploi.Storage.Applications;

/// <summary>
/// The API platform's data, in the same base as the offers (schema 2): applications, the signing
/// key of their access tokens, their access log and the apply-redirect counts. The base must be
/// migrated first (<see cref="StoreSchema.EnsureReadyAsync"/>). The implementation returned by
/// <see cref="ApplicationStoreFactory.Open"/> is also <see cref="IAsyncDisposable"/>.
/// </summary>
public interface IApplicationStore
{
    /// <exception cref="DuplicateApplicationException">The client id is already taken.</exception>
    Task CreateAsync(ApiApplication application, CancellationToken ct = default);

    Task<ApiApplication?> GetAsync(string clientId, CancellationToken ct = default);

    /// <summary>Every application, oldest first (then by client id).</summary>
    Task<IReadOnlyList<ApiApplication>> ListAsync(CancellationToken ct = default);

    /// <summary>Sets the quota (both at least 1); false when no such application exists.</summary>
    Task<bool> SetQuotaAsync(string clientId, int perSecond, int burst, CancellationToken ct = default);

    /// <summary>False when no such application exists; true otherwise, even when the status was already that.</summary>
    Task<bool> SetStatusAsync(string clientId, ApplicationStatus status, CancellationToken ct = default);

    /// <summary>
    /// The 32-byte key access tokens are signed with: created by the first caller on a new base,
    /// then the same for every node and after every restart, so a token issued by one node is valid
    /// on all of them. Concurrent first calls agree on one key.
    /// </summary>
    Task<byte[]> GetOrCreateSigningKeyAsync(CancellationToken ct = default);

    /// <summary>Appends the entries in one transaction (meant for batches of hundreds).</summary>
    Task AppendAccessLogAsync(IReadOnlyList<AccessLogEntry> entries, CancellationToken ct = default);

    /// <summary>
    /// The application's calls with <paramref name="from"/> &lt;= At &lt; <paramref name="to"/>,
    /// oldest first, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(
        string clientId, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken ct = default);

    /// <summary>
    /// How many calls the application made in each period [bounds[i], bounds[i + 1]) (one pass over
    /// its slice of the access log's (client_id, at) index); bounds ascending, at most 367 of them.
    /// </summary>
    Task<IReadOnlyList<long>> CountCallsAsync(string clientId, IReadOnlyList<DateTimeOffset> bounds, CancellationToken ct = default);

    /// <summary>When the application last called an API (its latest access-log entry); null when it never did.</summary>
    Task<DateTimeOffset?> GetLastCallAsync(string clientId, CancellationToken ct = default);

    /// <summary>Counts one redirect for (application or "", offer, UTC day of <paramref name="at"/>).</summary>
    Task RecordApplyRedirectAsync(string clientId, string offreId, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>
    /// The counts from <paramref name="from"/> to <paramref name="to"/> (both included), of one
    /// application ("" for the portal) or, when <paramref name="clientId"/> is null, of all; ordered
    /// by day, client id, offer id.
    /// </summary>
    Task<IReadOnlyList<ApplyRedirectCount>> GetApplyRedirectCountsAsync(
        string? clientId, DateOnly from, DateOnly to, CancellationToken ct = default);

    /// <summary>
    /// Records successful sync calls (docs/sync-api.md, compliance): each replaces its application's
    /// last sync unless older than it. One transaction.
    /// </summary>
    Task RecordSyncCallsAsync(IReadOnlyList<SyncCall> calls, CancellationToken ct = default);

    /// <summary>The last successful sync of every application that ever synced, by client id.</summary>
    Task<IReadOnlyList<SyncStatus>> ListSyncStatusesAsync(CancellationToken ct = default);
}
