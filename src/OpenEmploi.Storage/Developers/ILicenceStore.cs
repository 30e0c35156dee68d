namespace OpenEmploi.Storage.Developers;

/// <summary>
/// The published versions of the reuse licence (version 1 ships with schema 7) and each
/// application's decision on the later ones (schema 8). Every change is written with its
/// notifications and its journal entry, all or nothing.
/// </summary>
public interface ILicenceStore
{
    /// <summary>The highest published version.</summary>
    Task<LicenceVersion> GetCurrentAsync(CancellationToken ct = default);

    Task<LicenceVersion?> GetAsync(int version, CancellationToken ct = default);

    /// <summary>Every version, newest first.</summary>
    Task<IReadOnlyList<LicenceVersion>> ListAsync(CancellationToken ct = default);

    /// <summary>
    /// Publishes <paramref name="version"/>, whose number must be the next one: false (nothing
    /// written) when another publication took that number first.
    /// </summary>
    Task<bool> PublishAsync(LicenceVersion version, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    /// <summary>Every application that came from an approved access request, oldest first, whatever its state.</summary>
    Task<IReadOnlyList<LicensedApplication>> ListLicensedAsync(CancellationToken ct = default);

    /// <summary>The decisions of one application, or of all when <paramref name="clientId"/> is null; by application then version.</summary>
    Task<IReadOnlyList<LicenceDecision>> ListDecisionsAsync(string? clientId, CancellationToken ct = default);

    /// <summary>
    /// Records an acceptance (explicit or tacit); false when the application already decided on
    /// that version or its licence has ended.
    /// </summary>
    Task<bool> AcceptAsync(LicenceDecision decision, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    /// <summary>
    /// Records a refusal and ends the application's licence (terminated, credentials revoked) in one
    /// transaction; false when it already decided on that version or its licence has ended.
    /// </summary>
    Task<bool> RefuseAsync(string clientId, int version, DateTimeOffset at, string? decidedBy, IReadOnlyList<Notification> notifications, CancellationToken ct = default);
}
