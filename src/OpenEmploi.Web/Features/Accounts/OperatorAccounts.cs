using Microsoft.AspNetCore.Identity;
using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Web.Features.Accounts;

/// <summary>
/// Operator accounts are created from the command line (`openemploi admin create`), by whoever runs
/// the platform: confirmed at once, since nobody signs up as an operator.
/// </summary>
public static class OperatorAccounts
{
    /// <exception cref="AccountInputException">The address or password cannot be used; the message says why.</exception>
    /// <exception cref="DuplicateAccountException">An account already has this address.</exception>
    public static async Task<Account> CreateAsync(IAccountStore accounts, TimeProvider time, string? email, string? password, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(time);
        var address = AccountRules.CheckEmail(email, out var emailError) ?? throw new AccountInputException(emailError!);
        if (AccountRules.CheckPassword(password, new AccountOptions().MinPasswordLength) is { } passwordError)
            throw new AccountInputException(passwordError);
        var now = time.GetUtcNow();
        var account = new Account(Guid.NewGuid().ToString("N"), Account.NormaliseEmail(address), "", AccountRole.Operator, now, SignUp.NewStamp(), 0, null, now);
        account = account with { PasswordHash = new PasswordHasher<Account>().HashPassword(account, password!) };
        await accounts.CreateAsync(account, [], ct);
        return account;
    }
}
