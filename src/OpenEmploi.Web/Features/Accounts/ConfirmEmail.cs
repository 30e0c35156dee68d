using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.Accounts;

/// <summary>The confirmation link's page: a genuine, unexpired link for the account's current address confirms it.</summary>
internal sealed class ConfirmEmail(IAccountStore accounts, AccountTokens tokens, [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    /// <summary>Null when confirmed; otherwise why not, in French.</summary>
    public async Task<string?> RunAsync(string? token, CancellationToken ct)
    {
        switch (tokens.Read(token, AccountTokenPurpose.ConfirmEmail, out var accountId, out var email, out var expiresAt))
        {
            case AccountTokenCheck.Invalid:
                return "Ce lien de confirmation n'est pas valide : vérifiez qu'il a été copié en entier depuis le courriel.";
            case AccountTokenCheck.Expired:
                return $"Ce lien de confirmation a expiré le {FrenchTime.Format(expiresAt)}. "
                    + "Connectez-vous avec votre adresse et votre mot de passe : un nouveau lien vous sera envoyé.";
        }
        return await accounts.ConfirmEmailAsync(accountId, email, clock.GetUtcNow(), ct)
            ? null
            : "Ce lien de confirmation ne correspond à aucun compte existant.";
    }
}
