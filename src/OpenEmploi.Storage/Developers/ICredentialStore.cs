namespace OpenEmploi.Storage.Developers;

/// <summary>An application's credentials over their life: rotation with an overlap window, revocation.</summary>
public interface ICredentialStore
{
    /// <summary>
    /// Replaces the secret; the replaced one stays valid until <paramref name="previousValidUntil"/>
    /// (a secret rotated before keeps only the newest previous one). False when the application is
    /// unknown or revoked.
    /// </summary>
    Task<bool> RotateSecretAsync(
        string clientId, string newSecretHash, DateTimeOffset previousValidUntil, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    /// <summary>Revokes for good; false when the application is unknown or already revoked.</summary>
    Task<bool> RevokeAsync(string clientId, IReadOnlyList<Notification> notifications, CancellationToken ct = default);
}
