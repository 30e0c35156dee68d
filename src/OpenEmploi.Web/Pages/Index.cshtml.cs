using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Web.Features.Portal;

namespace OpenEmploi.Web.Pages;

public sealed class IndexModel(PlatformFigures figures, ReferenceData referenceData) : PageModel
{
    public PlatformSummary Summary { get; private set; } = null!;

    public int Metiers => referenceData.Rome.Metiers.Count;

    public async Task OnGetAsync(CancellationToken ct) => Summary = await figures.GetAsync(ct);
}
