namespace OpenEmploi.Storage.Developers;

public enum ReuseServiceStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// A service built on the platform's data, submitted by a reuser for the services catalogue:
/// name, description, address, audiences and themes (codes), and the statement that it is free
/// for job seekers (the reuse licence requires it; the store refuses a service without it).
/// Visitors see it once <see cref="Status"/> is approved; rejected, <see cref="RejectionReason"/> says why.
/// </summary>
public sealed record ReuseService(
    string Id,
    string AccountId,
    string Name,
    string Description,
    string Url,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<string> Themes,
    bool FreeForJobSeekers,
    ReuseServiceStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    string? RejectionReason);

/// <summary>A service waiting for the operator, with the e-mail of the reuser who submitted it.</summary>
public sealed record ReuseServiceReview(ReuseService Service, string AccountEmail);

/// <summary>The services catalogue (schema 11). Each decision is stored with its notifications, all or nothing.</summary>
public interface IReuseServiceStore
{
    Task SubmitAsync(ReuseService service, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    Task<ReuseService?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>An account's services, newest first, whatever their status.</summary>
    Task<IReadOnlyList<ReuseService>> ListByAccountAsync(string accountId, CancellationToken ct = default);

    /// <summary>The operator's queue: pending services, oldest first.</summary>
    Task<IReadOnlyList<ReuseServiceReview>> ListPendingAsync(CancellationToken ct = default);

    /// <summary>The services visitors see: approved ones, by name.</summary>
    Task<IReadOnlyList<ReuseService>> ListApprovedAsync(CancellationToken ct = default);

    /// <summary>Approves a pending service and writes the notifications; false (nothing written) when it is not pending.</summary>
    Task<bool> ApproveAsync(string id, string operatorId, DateTimeOffset at, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    /// <summary>Rejects a pending service with its reason and writes the notifications; false when it is not pending.</summary>
    Task<bool> RejectAsync(string id, string operatorId, DateTimeOffset at, string reason, IReadOnlyList<Notification> notifications, CancellationToken ct = default);
}
