using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Web.Pages;

/// <summary>
/// The public licence page: version 1 laid out by article (the anchors the API's Link header and the
/// guides point at) and, once the operator published a later version, that version's full text above it.
/// </summary>
internal sealed class LicencePageModel(ILicenceStore licences) : PageModel
{
    public LicenceVersion Current { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Current = await licences.GetCurrentAsync(ct);
}
