namespace OpenEmploi.Storage.Developers;

/// <summary>A reuser manages applications; an operator reviews access requests (and everything else the operator does).</summary>
public enum AccountRole
{
    Reuser,
    Operator,
}

/// <summary>
/// A person signed up on the developer platform. <see cref="PasswordHash"/> is ASP.NET Core
/// Identity's PasswordHasher output; <see cref="SecurityStamp"/> changes with the password, which
/// voids the password-reset links issued before.
/// </summary>
public sealed record Account(
    string Id,
    string Email,
    string PasswordHash,
    AccountRole Role,
    DateTimeOffset? EmailConfirmedAt,
    string SecurityStamp,
    int FailedLogins,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt)
{
    public bool IsConfirmed => EmailConfirmedAt is not null;

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil > now;

    /// <summary>E-mail addresses are compared trimmed and lower-cased: that is the form stored.</summary>
    public static string NormaliseEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }
}

/// <summary>Where an account stands after a failed sign-in.</summary>
public sealed record LoginFailure(int FailedLogins, DateTimeOffset? LockedUntil);
