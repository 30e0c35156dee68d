using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Storage.Developers;

/// <summary>Access requests and their review (schema 7). Each decision is stored with its notifications, all or nothing.</summary>
public interface IAccessRequestStore
{
    Task SubmitAsync(AccessRequest request, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    Task<AccessRequest?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>The request that created an application, if it came from one.</summary>
    Task<AccessRequest?> FindByClientIdAsync(string clientId, CancellationToken ct = default);

    /// <summary>An account's requests, newest first.</summary>
    Task<IReadOnlyList<AccessRequest>> ListByAccountAsync(string accountId, CancellationToken ct = default);

    /// <summary>The operator's queue: pending requests, nearest deadline first.</summary>
    Task<IReadOnlyList<ReviewItem>> ListPendingAsync(CancellationToken ct = default);

    /// <summary>
    /// Approves a pending request: marks it, creates <paramref name="application"/> and writes the
    /// notifications in one transaction. False (and nothing written) when the request is not pending.
    /// </summary>
    Task<bool> ApproveAsync(
        string id, string operatorId, DateTimeOffset at, ApiApplication application, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    /// <summary>
    /// Records that the approved application's first secret was shown to its owner; true only the
    /// first time, so that a secret is generated and shown once even when two tabs ask together.
    /// </summary>
    Task<bool> MarkCredentialsIssuedAsync(string id, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Refuses a pending request with its reason; false when it is not pending.</summary>
    Task<bool> RefuseAsync(
        string id, string operatorId, DateTimeOffset at, string reason, IReadOnlyList<Notification> notifications, CancellationToken ct = default);
}
