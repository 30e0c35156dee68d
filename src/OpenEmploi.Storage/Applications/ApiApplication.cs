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
}
