using Microsoft.AspNetCore.Identity;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Features.Notifications;

namespace OpenEmploi.Web.Features.Accounts;

/// <summary>
/// "Forgotten password": a link bound to the account's security stamp, so that it works once (the
/// new password changes the stamp) and no longer after another reset.
/// </summary>
internal sealed class PasswordReset(
    IAccountStore accounts,
    INotificationOutbox outbox,
    AccountTokens tokens,
    IPasswordHasher<Account> hasher,
    AccountOptions options,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    public const string PasswordField = "Password";
    public const string ConfirmationField = "Confirmation";
    public const string TokenField = "Token";

    /// <summary>Sends the link when the address has an account; says nothing either way (the page answers the same).</summary>
    public async Task RequestAsync(string? email, string baseUrl, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || await accounts.FindByEmailAsync(email, ct) is not { } account)
            return;
        var token = tokens.Issue(AccountTokenPurpose.ResetPassword, account.Id, account.SecurityStamp, options.ResetLinkLifetime);
        await outbox.EnqueueAsync([NotificationTexts.ResetPassword(
            account.Email, AccountLinks.Reset(baseUrl, token), clock.GetUtcNow() + options.ResetLinkLifetime)], ct);
    }

    /// <summary>Why the link cannot be used (null when it can): checked before the form is even shown.</summary>
    public async Task<string?> CheckLinkAsync(string? token, CancellationToken ct) => (await ReadAsync(token, ct)).Error;

    public async Task<IReadOnlyDictionary<string, string>> ResetAsync(string? token, string? password, string? confirmation, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var (account, linkError) = await ReadAsync(token, ct);
        if (linkError is not null)
        {
            errors[TokenField] = linkError;
            return errors;
        }
        if (AccountRules.CheckPassword(password, options.MinPasswordLength) is { } passwordError)
            errors[PasswordField] = passwordError;
        else if (password != confirmation)
            errors[ConfirmationField] = "La confirmation ne correspond pas au mot de passe saisi.";
        if (errors.Count > 0)
            return errors;

        if (!await accounts.SetPasswordAsync(account!.Id, account.SecurityStamp, hasher.HashPassword(account, password!), SignUp.NewStamp(), ct))
            errors[TokenField] = UsedMessage;
        else
            await accounts.ConfirmEmailAsync(account.Id, account.Email, clock.GetUtcNow(), ct); // the link reached that mailbox
        return errors;
    }

    private const string UsedMessage = "Ce lien a déjà servi : demandez-en un nouveau depuis « Mot de passe oublié ».";

    private async Task<(Account? Account, string? Error)> ReadAsync(string? token, CancellationToken ct)
    {
        switch (tokens.Read(token, AccountTokenPurpose.ResetPassword, out var accountId, out var stamp, out var expiresAt))
        {
            case AccountTokenCheck.Invalid:
                return (null, "Ce lien de réinitialisation n'est pas valide : vérifiez qu'il a été copié en entier depuis le courriel.");
            case AccountTokenCheck.Expired:
                return (null, $"Ce lien de réinitialisation a expiré le {FrenchTime.Format(expiresAt)} : demandez-en un nouveau.");
        }
        var account = await accounts.GetAsync(accountId, ct);
        return account is null || account.SecurityStamp != stamp ? (null, UsedMessage) : (account, null);
    }
}
