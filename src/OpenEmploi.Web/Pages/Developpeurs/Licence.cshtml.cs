using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.Licence;

namespace OpenEmploi.Web.Pages.Developpeurs;

/// <summary>
/// The licence for a reuser: the current text, every version, where each of its applications
/// stands, and the accept / refuse buttons for a version still within its 15-day refusal period.
/// </summary>
[Authorize(Policy = AccountsFeature.AccountPolicy)]
internal sealed class LicenceModel(LicenceOverview overview, LicenceDecisions decisions) : PageModel
{
    public IReadOnlyList<LicenceVersion> Versions { get; private set; } = [];

    public LicenceVersion Current => Versions[0];

    public IReadOnlyList<ApplicationLicence> Applications { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task OnPostAccepterAsync(string clientId, int version, CancellationToken ct)
    {
        Error = await decisions.AcceptAsync(clientId, version, AccountClaims.IdOf(User), ct);
        Done = Error is null ? $"Version {version} acceptée pour {clientId} : elle s'applique à partir de demain." : null;
        await LoadAsync(ct);
    }

    public async Task OnPostRefuserAsync(string clientId, int version, bool confirme, CancellationToken ct)
    {
        Error = confirme
            ? await decisions.RefuseAsync(clientId, version, AccountClaims.IdOf(User), ct)
            : "Cochez la case de confirmation : refuser la licence met fin à l'accès de l'application.";
        Done = Error is null ? $"Version {version} refusée : la licence de {clientId} a pris fin, ses identifiants sont révoqués." : null;
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Now = overview.Now;
        Versions = await overview.VersionsAsync(ct);
        Applications = await overview.OfAccountAsync(AccountClaims.IdOf(User), ct);
    }
}
