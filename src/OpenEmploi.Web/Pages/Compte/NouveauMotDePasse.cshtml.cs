using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Web.Features.Accounts;

namespace OpenEmploi.Web.Pages.Compte;

/// <summary>Where the reset e-mail's link lands: the link is checked before the form is shown, and again on submit.</summary>
internal sealed class NouveauMotDePasseModel(PasswordReset reset) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "jeton")]
    public string? Jeton { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public string? LinkError { get; private set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => LinkError = await reset.CheckLinkAsync(Jeton, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = await reset.ResetAsync(Jeton, Password, Confirmation, ct);
        if (errors.TryGetValue(PasswordReset.TokenField, out var linkError))
            LinkError = linkError;
        Errors = errors;
        Done = errors.Count == 0;
        return Page();
    }
}
