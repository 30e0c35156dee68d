using Microsoft.AspNetCore.Identity;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Features.Notifications;

namespace OpenEmploi.Web.Features.Accounts;

/// <summary>
/// A reuser signs up: the account is stored with its hashed password, unconfirmed, together with
/// the e-mail carrying the confirmation link. Errors are per field, in French.
/// </summary>
internal sealed class SignUp(
    IAccountStore accounts,
    AccountTokens tokens,
    IPasswordHasher<Account> hasher,
    AccountOptions options,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    public const string EmailField = "Email";
    public const string PasswordField = "Password";
    public const string ConfirmationField = "Confirmation";

    public async Task<IReadOnlyDictionary<string, string>> RunAsync(
        string? email, string? password, string? confirmation, string baseUrl, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var address = AccountRules.CheckEmail(email, out var emailError);
        if (emailError is not null)
            errors[EmailField] = emailError;
        if (AccountRules.CheckPassword(password, options.MinPasswordLength) is { } passwordError)
            errors[PasswordField] = passwordError;
        else if (password != confirmation)
            errors[ConfirmationField] = "La confirmation ne correspond pas au mot de passe saisi.";
        if (errors.Count > 0)
            return errors;

        var now = clock.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        var account = new Account(id, Account.NormaliseEmail(address!), "", AccountRole.Reuser, null, NewStamp(), 0, null, now);
        account = account with { PasswordHash = hasher.HashPassword(account, password!) };
        var token = tokens.Issue(AccountTokenPurpose.ConfirmEmail, id, account.Email, options.ConfirmationLinkLifetime);
        try
        {
            await accounts.CreateAsync(account, [NotificationTexts.ConfirmEmail(
                account.Email, AccountLinks.Confirm(baseUrl, token), now + options.ConfirmationLinkLifetime)], ct);
        }
        catch (DuplicateAccountException)
        {
            errors[EmailField] = $"Un compte existe déjà avec l'adresse {account.Email}. Connectez-vous, ou utilisez « Mot de passe oublié ».";
        }
        return errors;
    }

    public static string NewStamp() => Guid.NewGuid().ToString("N");
}
