using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Features.Notifications;

namespace OpenEmploi.Web.Features.AccessRequests;

/// <summary>A secret as its owner sees it, once; and until when the one it replaced still works (null: none does).</summary>
internal sealed record IssuedSecret(string ClientId, string Secret, DateTimeOffset? PreviousValidUntil);

/// <summary>
/// What an owner does with an approved application's credentials: get the first secret (once),
/// rotate it (the old one keeps working for the overlap window), revoke the application for good.
/// Only the owner of the request may; anyone else is told the application does not exist.
/// </summary>
internal sealed class ApplicationCredentials(
    IAccessRequestStore requests,
    IAccountStore accounts,
    ICredentialStore credentials,
    IApplicationStore applications,
    ApplicationDirectory directory,
    AccessRequestOptions options,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    private const string Unknown = "Aucune application de ce nom dans votre compte.";
    private const string Revoked = "Les identifiants de cette application sont révoqués.";

    public async Task<(IssuedSecret? Secret, string? Error)> IssueFirstSecretAsync(string requestId, string accountId, CancellationToken ct)
    {
        var (request, application, error) = await FindAsync(requestId, accountId, ct);
        if (error is not null)
            return (null, error);
        if (request!.CredentialsIssuedAt is { } shown)
            return (null, $"Le secret a déjà été affiché le {FrenchTime.Format(shown)}. S'il est perdu, renouvelez-le.");
        var now = clock.GetUtcNow();
        if (!await requests.MarkCredentialsIssuedAsync(request.Id, now, ct))
            return (null, "Le secret vient d'être affiché dans une autre fenêtre. S'il est perdu, renouvelez-le.");
        var secret = ClientCredentials.NewSecret();
        // The secret made at approval was never shown to anyone: it stops at once.
        if (!await credentials.RotateSecretAsync(application!.ClientId, ClientCredentials.HashSecret(secret), now, [], ct))
            return (null, Revoked);
        return (new IssuedSecret(application.ClientId, secret, null), null);
    }

    public async Task<(IssuedSecret? Secret, string? Error)> RotateAsync(string requestId, string accountId, CancellationToken ct)
    {
        var (request, application, error) = await FindAsync(requestId, accountId, ct);
        if (error is not null)
            return (null, error);
        if (request!.CredentialsIssuedAt is null)
            return (null, "Affichez d'abord le secret de l'application.");
        var owner = await accounts.GetAsync(accountId, ct) ?? throw new InvalidOperationException($"Compte {accountId} introuvable.");
        var secret = ClientCredentials.NewSecret();
        var validUntil = clock.GetUtcNow() + options.SecretOverlap;
        if (!await credentials.RotateSecretAsync(application!.ClientId, ClientCredentials.HashSecret(secret), validUntil,
                [NotificationTexts.SecretRotated(owner.Email, application.Name, application.ClientId, validUntil)], ct))
        {
            return (null, Revoked);
        }
        return (new IssuedSecret(application.ClientId, secret, validUntil), null);
    }

    /// <summary>Null when revoked; otherwise why not.</summary>
    public async Task<string?> RevokeAsync(string requestId, string accountId, CancellationToken ct)
    {
        var (_, application, error) = await FindAsync(requestId, accountId, ct);
        if (error is not null)
            return error;
        var owner = await accounts.GetAsync(accountId, ct) ?? throw new InvalidOperationException($"Compte {accountId} introuvable.");
        if (!await credentials.RevokeAsync(application!.ClientId, [NotificationTexts.ApplicationRevoked(owner.Email, application.Name, application.ClientId)], ct))
            return Revoked;
        directory.Forget(application.ClientId); // this node refuses its tokens now; the others within their cache delay
        return null;
    }

    private async Task<(AccessRequest? Request, ApiApplication? Application, string? Error)> FindAsync(string requestId, string accountId, CancellationToken ct)
    {
        var request = await requests.GetAsync(requestId, ct);
        if (request is null || request.AccountId != accountId)
            return (null, null, Unknown);
        if (request.Status != AccessRequestStatus.Approved || request.ClientId is null)
            return (null, null, "Cette demande n'a pas (encore) été acceptée : elle n'a pas d'identifiants.");
        var application = await applications.GetAsync(request.ClientId, ct);
        if (application is null)
            return (null, null, Unknown);
        return application.IsRevoked ? (null, null, Revoked) : (request, application, null);
    }
}
