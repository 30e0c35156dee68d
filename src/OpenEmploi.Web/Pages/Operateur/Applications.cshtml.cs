using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.Licence;

namespace OpenEmploi.Web.Pages.Operateur;

/// <summary>Every application under licence, with its state (suspended, notice, terminated), for the operator.</summary>
[Authorize(Policy = AccountsFeature.OperatorPolicy)]
internal sealed class ApplicationsModel(LicenceOverview overview) : PageModel
{
    public IReadOnlyList<ApplicationLicence> Applications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Applications = await overview.AllAsync(ct);
}
