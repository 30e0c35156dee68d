using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.Attribution;
using OpenEmploi.Web.Features.Licence;

namespace OpenEmploi.Web.Pages.Operateur;

/// <summary>
/// The operator's licence page: publish a new version (every reuser with an application under
/// licence is told), the versions and their calendar, and where every application stands.
/// </summary>
[Authorize(Policy = AccountsFeature.OperatorPolicy)]
internal sealed class LicenceModel(LicenceOverview overview, LicencePublishing publishing, PublicUrls urls) : PageModel
{
    public IReadOnlyList<LicenceVersion> Versions { get; private set; } = [];

    public IReadOnlyList<ApplicationLicence> Applications { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    /// <summary>What was typed, kept when publication fails.</summary>
    public string? Texte { get; private set; }

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task OnPostPublierAsync(string? texte, CancellationToken ct)
    {
        var (version, owners, error) = await publishing.PublishAsync(texte, AccountClaims.IdOf(User), urls.BaseOf(Request), ct);
        (Error, Texte) = (error, error is null ? null : texte);
        if (version is not null)
            Done = $"Version {version.Version} publiée : {owners} réutilisateur(s) prévenu(s).";
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Now = overview.Now;
        Versions = await overview.VersionsAsync(ct);
        Applications = await overview.AllAsync(ct);
    }
}
