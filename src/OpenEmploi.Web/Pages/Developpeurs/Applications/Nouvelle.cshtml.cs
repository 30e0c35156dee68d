using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.AccessRequests;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.Attribution;

namespace OpenEmploi.Web.Pages.Developpeurs.Applications;

/// <summary>The access-request form: name, APIs, declared use, the current licence to accept.</summary>
[Authorize(Policy = AccountsFeature.AccountPolicy)]
internal sealed class NouvelleModel(SubmitAccessRequest submit, ILicenceStore licences, PublicUrls urls) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Apis { get; set; } = [];

    [BindProperty]
    public string? IntendedUse { get; set; }

    [BindProperty]
    public bool LicenceAccepted { get; set; }

    /// <summary>The version shown with the form: accepting means accepting that text.</summary>
    [BindProperty]
    public int LicenceVersion { get; set; }

    public LicenceVersion Licence { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct) => Licence = await licences.GetCurrentAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var form = new AccessRequestForm(Name, Apis, IntendedUse, LicenceAccepted, LicenceVersion);
        var (request, errors) = await submit.RunAsync(AccountClaims.IdOf(User), form, urls.BaseOf(Request), ct);
        if (request is not null)
            return LocalRedirect(AccessRequestLinks.Detail(request.Id) + "?envoyee=1");
        Errors = errors;
        Licence = await licences.GetCurrentAsync(ct);
        return Page();
    }
}
