using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.CompanyFinder.Search;
using OpenEmploi.Storage.CompanyFinder;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.CompanyFinder;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Pages.Operateur;

/// <summary>
/// The company finder's back office: find a company by SIRET, see what the finder publishes of it,
/// and record what it asked for — out of the finder, address or contacts hidden, occupations
/// boosted or added, extra places until a date. The index is rebuilt at once.
/// </summary>
[Authorize(Policy = AccountsFeature.OperatorPolicy)]
internal sealed class EntreprisesModel(ICompanyFinderStore store, CompanyDirectory directory, ReferenceData data, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "siret")]
    public string? Siret { get; set; }

    public PredictionRun? Run { get; private set; }

    public ListedCompany? Company { get; private set; }

    public CompanyControlForm? Form { get; private set; }

    public IReadOnlyList<CompanyControl> Controls { get; private set; } = [];

    public Dictionary<string, string> Errors { get; private set; } = [];

    public string? Done { get; private set; }

    public ReferenceData Data => data;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (string.IsNullOrWhiteSpace(Siret))
            return;
        Siret = Siret.Trim().Replace(" ", "", StringComparison.Ordinal);
        if (Siret.Length != 14 || !Siret.All(char.IsAsciiDigit))
        {
            Errors["siret"] = $"Le SIRET « {Siret} » doit compter 14 chiffres.";
            return;
        }
        Company = await store.GetCompanyAsync(Siret, ct);
        Form = CompanyControlForm.From(await store.GetControlAsync(Siret, ct) ?? CompanyControl.None(Siret));
    }

    public async Task OnPostAsync(
        string siret, bool retrait, bool masquerAdresse, bool masquerContacts, string? email, string? boost, string? ajout, string? lieux, CancellationToken ct)
    {
        Form = new CompanyControlForm(siret, retrait, masquerAdresse, masquerContacts, email, boost, ajout, lieux);
        Siret = siret;
        var (control, errors) = Form.Parse(data, ParisCalendar.DayOf(time.GetUtcNow()));
        Errors = errors;
        if (control is not null)
        {
            await store.SaveControlAsync(control, AccountClaims.IdOf(User), ct);
            await directory.InvalidateAsync(ct);
            Done = control.OptOut
                ? "Demande enregistrée : l'entreprise n'apparaît plus dans la recherche."
                : "Demande enregistrée : la recherche en tient compte dès maintenant.";
            Form = CompanyControlForm.From(control);
        }
        Company = await store.GetCompanyAsync(siret, ct);
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Run = await store.GetLatestRunAsync(ct);
        Controls = await store.ReadControlsAsync(ct);
    }
}
