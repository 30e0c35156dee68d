namespace OpenEmploi.Storage.Developers;

public enum AccessRequestStatus
{
    Pending,
    Approved,
    Refused,
}

/// <summary>
/// A reuser's request for API access (licence art. 3.2): an application name, the APIs wanted, the
/// declared use and the licence version accepted. The operator decides before <see cref="DeadlineAt"/>.
/// Approved, <see cref="ClientId"/> names the application created; refused, <see cref="RefusalReason"/> says why.
/// </summary>
public sealed record AccessRequest(
    string Id,
    string AccountId,
    string Name,
    IReadOnlyList<string> Scopes,
    string IntendedUse,
    int LicenceVersion,
    AccessRequestStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset DeadlineAt,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    string? RefusalReason,
    string? ClientId)
{
    /// <summary>The licence gives the operator 5 calendar days to validate a request.</summary>
    public static readonly TimeSpan ReviewPeriod = TimeSpan.FromDays(5);

    /// <summary>
    /// When the owner was first shown the application's secret. Approval creates the application
    /// with a secret nobody knows; the owner's first display replaces it, so the secret never
    /// travels by e-mail nor waits anywhere in clear.
    /// </summary>
    public DateTimeOffset? CredentialsIssuedAt { get; init; }

    public bool IsOverdueAt(DateTimeOffset now) => Status == AccessRequestStatus.Pending && now > DeadlineAt;
}

/// <summary>A pending request as the operator's queue shows it: with the e-mail of the reuser who made it.</summary>
public sealed record ReviewItem(AccessRequest Request, string AccountEmail);
