namespace OpenEmploi.Web.Features.Accounts;

/// <summary>Configuration section "OpenEmploi:Accounts": sign-in protection and the lifetime of e-mailed links.</summary>
public sealed class AccountOptions
{
    public const string Section = "OpenEmploi:Accounts";

    /// <summary>Consecutive failed sign-ins that lock an account.</summary>
    public int MaxFailedLogins { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan ConfirmationLinkLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Short: a reset link in a mailbox is a way into the account.</summary>
    public TimeSpan ResetLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    public int MinPasswordLength { get; set; } = 12;
}
