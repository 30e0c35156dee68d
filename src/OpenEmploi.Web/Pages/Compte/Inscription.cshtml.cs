using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.Attribution;

namespace OpenEmploi.Web.Pages.Compte;

/// <summary>Sign-up of a reuser: e-mail address and password; then a confirmation link by e-mail.</summary>
internal sealed class InscriptionModel(SignUp signUp, PublicUrls urls) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>The address the confirmation link went to, once signed up.</summary>
    public string? SentTo { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Errors = await signUp.RunAsync(Email, Password, Confirmation, urls.BaseOf(Request), ct);
        if (Errors.Count == 0)
            SentTo = Email?.Trim();
        return Page();
    }
}
