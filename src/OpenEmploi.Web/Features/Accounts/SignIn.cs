using Microsoft.AspNetCore.Identity;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Features.Notifications;

namespace OpenEmploi.Web.Features.Accounts;

internal enum SignInOutcome
{
    Success,
    Invalid,
    Locked,
    Unconfirmed,
}

internal sealed record SignInResult(SignInOutcome Outcome, Account? Account, string? Message);

/// <summary>
/// Checks an e-mail address and password. Consecutive failures lock the account for a while (no
/// password is even checked meanwhile); the right password of an unconfirmed address sends a fresh
/// confirmation link instead of signing in.
/// </summary>
internal sealed class SignIn(
    IAccountStore accounts,
    INotificationOutbox outbox,
    AccountTokens tokens,
    IPasswordHasher<Account> hasher,
    AccountOptions options,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    // One message for an unknown address and a wrong password: the page does not tell who has an account.
    private const string InvalidMessage = "Adresse électronique ou mot de passe incorrect.";

    private static readonly Account Nobody = new("", "", "", AccountRole.Reuser, null, "", 0, null, default);

    private readonly Lazy<string> _decoyHash = new(() => hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));

    public async Task<SignInResult> RunAsync(string? email, string? password, string baseUrl, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var account = string.IsNullOrWhiteSpace(email) ? null : await accounts.FindByEmailAsync(email, ct);
        if (account is null || string.IsNullOrEmpty(password))
        {
            // As long as a real check, so that timing does not tell which addresses have accounts.
            hasher.VerifyHashedPassword(Nobody, _decoyHash.Value, password ?? "");
            return new SignInResult(SignInOutcome.Invalid, null, InvalidMessage);
        }
        if (account.IsLockedAt(now))
            return Locked(account.LockedUntil!.Value);
        if (hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            var failure = await accounts.RecordFailedLoginAsync(account.Id, options.MaxFailedLogins, now + options.LockoutDuration, ct);
            if (failure.LockedUntil > now)
                return Locked(failure.LockedUntil.Value);
            var left = options.MaxFailedLogins - failure.FailedLogins;
            return new SignInResult(SignInOutcome.Invalid, null,
                $"{InvalidMessage} Encore {left} essai{(left > 1 ? "s" : "")} avant le blocage du compte pendant {FrenchTime.Duration(options.LockoutDuration)}.");
        }
        await accounts.RecordSuccessfulLoginAsync(account.Id, ct);
        if (!account.IsConfirmed)
        {
            var token = tokens.Issue(AccountTokenPurpose.ConfirmEmail, account.Id, account.Email, options.ConfirmationLinkLifetime);
            await outbox.EnqueueAsync([NotificationTexts.ConfirmEmail(
                account.Email, AccountLinks.Confirm(baseUrl, token), now + options.ConfirmationLinkLifetime)], ct);
            return new SignInResult(SignInOutcome.Unconfirmed, account,
                $"Votre adresse {account.Email} n'est pas encore confirmée : nous venons de vous envoyer un nouveau lien de confirmation.");
        }
        return new SignInResult(SignInOutcome.Success, account, null);
    }

    private static SignInResult Locked(DateTimeOffset until) => new(SignInOutcome.Locked, null,
        $"Trop d'essais infructueux : le compte est bloqué jusqu'au {FrenchTime.Format(until)}. "
        + "Réessayez ensuite, ou réinitialisez votre mot de passe.");
}
