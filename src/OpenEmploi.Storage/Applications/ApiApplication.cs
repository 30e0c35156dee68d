namespace OpenEmploi.Storage.Applications;

/// <summary>A suspended application keeps its credentials but may no longer call the APIs.</summary>
public enum ApplicationStatus
{
    Active,
    Suspended,
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

    /// <summary>True when <paramref name="secret"/> is the current secret, or the previous one before its window closes.</summary>
    public bool AcceptsSecret(string secret, DateTimeOffset now) =>
        ClientCredentials.VerifySecret(secret, SecretHash)
        || (PreviousSecretHash is not null && now < PreviousSecretValidUntil && ClientCredentials.VerifySecret(secret, PreviousSecretHash));
}
