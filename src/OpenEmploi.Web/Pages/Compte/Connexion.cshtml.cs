using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Web.Features.AccessRequests;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.Attribution;

namespace OpenEmploi.Web.Pages.Compte;

/// <summary>Sign-in: on success the account's cookie, then back where the person was going (a local address only).</summary>
internal sealed class ConnexionModel(SignIn signIn, PublicUrls urls) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? Retour { get; set; }

    public string? Error { get; private set; }

    public string? Info { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await signIn.RunAsync(Email, Password, urls.BaseOf(Request), ct);
        switch (result.Outcome)
        {
            case SignInOutcome.Success:
                await HttpContext.SignInCookieAsync(result.Account!);
                return LocalRedirect(Url.IsLocalUrl(Retour) ? Retour! : AccessRequestLinks.MyApplications);
            case SignInOutcome.Unconfirmed:
                Info = result.Message;
                return Page();
            default:
                Error = result.Message;
                return Page();
        }
    }
}
