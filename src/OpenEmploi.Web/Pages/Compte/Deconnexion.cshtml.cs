using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Web.Features.Accounts;

namespace OpenEmploi.Web.Pages.Compte;

/// <summary>Sign-out is a POST (with its antiforgery token): a link or an image cannot sign anybody out.</summary>
internal sealed class DeconnexionModel : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AccountsFeature.CookieScheme);
        return LocalRedirect("/");
    }
}
