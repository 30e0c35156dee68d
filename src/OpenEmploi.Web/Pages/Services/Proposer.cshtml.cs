using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.Attribution;
using OpenEmploi.Web.Features.ServicesCatalogue;

namespace OpenEmploi.Web.Pages.Services;

/// <summary>A signed-in reuser proposes a service, and sees what became of the ones proposed before.</summary>
[Authorize(Policy = AccountsFeature.AccountPolicy)]
internal sealed class ProposerModel(SubmitService submit, IReuseServiceStore services, PublicUrls urls) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty(Name = "Url")]
    public string? Address { get; set; }

    [BindProperty]
    public List<string> Audiences { get; set; } = [];

    [BindProperty]
    public List<string> Themes { get; set; } = [];

    [BindProperty]
    public bool FreeForJobSeekers { get; set; }

    [BindProperty(SupportsGet = true, Name = "envoye")]
    public bool Sent { get; set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<ReuseService> Mine { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Mine = await services.ListByAccountAsync(AccountClaims.IdOf(User), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var form = new ServiceForm(Name, Description, Address, Audiences, Themes, FreeForJobSeekers);
        var (service, errors) = await submit.RunAsync(AccountClaims.IdOf(User), form, urls.BaseOf(Request), ct);
        if (service is not null)
            return LocalRedirect(ServiceLinks.Submit + "?envoye=true");
        Errors = errors;
        Mine = await services.ListByAccountAsync(AccountClaims.IdOf(User), ct);
        return Page();
    }
}
