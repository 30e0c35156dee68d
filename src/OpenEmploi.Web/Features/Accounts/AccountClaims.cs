using System.Security.Claims;
using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Web.Features.Accounts;

/// <summary>The claims of a signed-in account (in its cookie), and how pages read them back.</summary>
internal static class AccountClaims
{
    public const string OperatorRole = "operator";
    public const string ReuserRole = "reuser";

    /// <summary>The account's security stamp when the cookie was issued: a new password changes it, which ends the session.</summary>
    public const string SecurityStamp = "openemploi:stamp";

    public static ClaimsPrincipal PrincipalOf(Account account) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, account.Id),
            new Claim(ClaimTypes.Email, account.Email),
            new Claim(ClaimTypes.Role, account.Role == AccountRole.Operator ? OperatorRole : ReuserRole),
            new Claim(SecurityStamp, account.SecurityStamp),
        ],
        AccountsFeature.CookieScheme, ClaimTypes.Email, ClaimTypes.Role));

    /// <summary>The account id of a signed-in person; pages behind the account policies always have one.</summary>
    public static string IdOf(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Aucun compte connecté.");

    public static bool IsOperator(ClaimsPrincipal user) => user.IsInRole(OperatorRole);
}
