using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Web.Features.Accounts;

namespace OpenEmploi.Web.Pages.Compte;

/// <summary>Where the confirmation e-mail's link lands: confirms the address, or says why not.</summary>
internal sealed class ConfirmationModel(ConfirmEmail confirmEmail) : PageModel
{
    public string? Error { get; private set; }

    public async Task OnGetAsync(string? jeton, CancellationToken ct) => Error = await confirmEmail.RunAsync(jeton, ct);
}
