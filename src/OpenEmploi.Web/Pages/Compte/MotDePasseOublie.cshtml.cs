using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.Attribution;

namespace OpenEmploi.Web.Pages.Compte;

/// <summary>Asks for a reset link. The answer is the same whether the address has an account or not.</summary>
internal sealed class MotDePasseOublieModel(PasswordReset reset, PublicUrls urls) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public async Task OnPostAsync(CancellationToken ct)
    {
        await reset.RequestAsync(Email, urls.BaseOf(Request), ct);
        Sent = true;
    }
}
