namespace OpenEmploi.Storage.Developers;

/// <summary>The developer platform's accounts (schema 7). E-mail addresses are looked up normalised (<see cref="Account.NormaliseEmail"/>).</summary>
public interface IAccountStore
{
    /// <summary>Stores the account and its notifications (the confirmation e-mail) in one transaction.</summary>
    /// <exception cref="DuplicateAccountException">The e-mail address is already taken.</exception>
    Task CreateAsync(Account account, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    Task<Account?> GetAsync(string id, CancellationToken ct = default);

    Task<Account?> FindByEmailAsync(string email, CancellationToken ct = default);

    /// <summary>
    /// Confirms the address when the account still has <paramref name="email"/>; false otherwise.
    /// An address already confirmed keeps its first confirmation time.
    /// </summary>
    Task<bool> ConfirmEmailAsync(string id, string email, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>
    /// Counts one failed sign-in. At <paramref name="maxFailures"/> consecutive failures the account
    /// is locked until <paramref name="lockUntil"/> and the count starts again.
    /// </summary>
    Task<LoginFailure> RecordFailedLoginAsync(string id, int maxFailures, DateTimeOffset lockUntil, CancellationToken ct = default);

    /// <summary>A successful sign-in clears the failures.</summary>
    Task RecordSuccessfulLoginAsync(string id, CancellationToken ct = default);

    /// <summary>
    /// Sets the password when the security stamp is still <paramref name="expectedStamp"/> (so a
    /// reset link works once), with a new stamp; clears failures and lockout. False otherwise.
    /// </summary>
    Task<bool> SetPasswordAsync(string id, string expectedStamp, string passwordHash, string newStamp, CancellationToken ct = default);

    /// <summary>Accounts of a role, oldest first.</summary>
    Task<IReadOnlyList<Account>> ListAsync(AccountRole role, CancellationToken ct = default);
}
