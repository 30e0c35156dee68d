namespace OpenEmploi.Storage.Applications;

/// <summary>A suspended application keeps its credentials but may no longer call the APIs.</summary>
public enum ApplicationStatus
{
    Active,
    Suspended,
}

/// <summary>Why a licence ended (api_applications.termination_cause).</summary>
public static class TerminationCauses
{
    /// <summary>The owner refused a new version of the licence.</summary>
    public const string LicenceRefused = "licence_refusee";

    /// <summary>A notice of breach was not lifted within its 30 days.</summary>
    public const string NoticeExpired = "mise_en_demeure";

    /// <summary>12 months without any API call.</summary>
    public const string Idle = "inactivite";
}

/// <summary>
/// A developer application: an OAuth2 client of the APIs. <see cref="SecretHash"/> is what
/// <see cref="ClientCredentials.HashSecret"/> made of the secret, never the secret. Quotas are API
/// calls per second, with bursts of up to <see cref="QuotaBurst"/> calls. Times are kept to the
/// microsecond, like every store time.
/// </summary>
public sealed record ApiApplication(
    string ClientId,
    string Name,
    string SecretHash,
    IReadOnlyList<string> Scopes,
    ApplicationStatus Status,
    int QuotaPerSecond,
    int QuotaBurst,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>France Travail's default for the offers API: 10 calls per second.</summary>
    public const int DefaultQuotaPerSecond = 10;

    public const int DefaultQuotaBurst = 10;

    /// <summary>
    /// The secret replaced by the last rotation, still accepted until <see cref="PreviousSecretValidUntil"/>
    /// so that the reuser can deploy the new one without an outage.
    /// </summary>
    public string? PreviousSecretHash { get; init; }

    public DateTimeOffset? PreviousSecretValidUntil { get; init; }

    /// <summary>When the credentials were revoked; a revoked application never calls the APIs again.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>When the operator suspended the application (licence art. 9), and why; null once reinstated.</summary>
    public DateTimeOffset? SuspendedAt { get; init; }

    public string? SuspensionReason { get; init; }

    /// <summary>When the licence ended for this application (schema 8); its credentials were revoked with it.</summary>
    public DateTimeOffset? TerminatedAt { get; init; }

    /// <summary>Why the licence ended: <see cref="TerminationCauses"/>.</summary>
    public string? TerminationCause { get; init; }

    public bool IsTerminated => TerminatedAt is not null;

    /// <summary>When the owner was warned that 12 months without an API call end the licence.</summary>
    public DateTimeOffset? IdleWarnedAt { get; init; }

    /// <summary>True when <paramref name="secret"/> is the current secret, or the previous one before its window closes.</summary>
    public bool AcceptsSecret(string secret, DateTimeOffset now) =>
        ClientCredentials.VerifySecret(secret, SecretHash)
        || (PreviousSecretHash is not null && now < PreviousSecretValidUntil && ClientCredentials.VerifySecret(secret, PreviousSecretHash));
}
