using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.ComplianceDashboard;

namespace OpenEmploi.Web.Pages.Operateur;

/// <summary>The operator's compliance dashboard: late mirrors, missing or late reports, idle applications.</summary>
[Authorize(Policy = AccountsFeature.OperatorPolicy)]
internal sealed class ConformiteModel(ComplianceOverviewReader reader) : PageModel
{
    public ComplianceOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Overview = await reader.ReadAsync(ct);
}
