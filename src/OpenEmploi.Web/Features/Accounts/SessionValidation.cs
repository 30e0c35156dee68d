using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Web.Features.Accounts;

/// <summary>
/// Checks each signed-in request against the account as stored: a session of an account whose
/// password changed since (a reset, perhaps because the password leaked) ends, on every node at
/// once. One primary-key read per page request of a signed-in person; API calls carry no cookie.
/// </summary>
internal sealed class SessionValidation(IAccountStore accounts) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var id = principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        var stamp = principal?.FindFirst(AccountClaims.SecurityStamp)?.Value;
        var account = id is null ? null : await accounts.GetAsync(id, context.HttpContext.RequestAborted);
        if (account is null || stamp != account.SecurityStamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AccountsFeature.CookieScheme);
        }
    }
}
