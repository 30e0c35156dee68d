using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Storage.Reports;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.ConsultationReports;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Pages.Developpeurs.Applications;

/// <summary>
/// The monthly consultation reports of one of the signed-in reuser's applications: the status of
/// every month, the upload form (multipart, no script needed), the history of uploads. A refused
/// file is listed with every error found, line by line.
/// </summary>
[Authorize(Policy = AccountsFeature.AccountPolicy)]
[RequestFormLimits(MultipartBodyLengthLimit = 32 * 1024 * 1024)]
[RequestSizeLimit(32 * 1024 * 1024)]
internal sealed class RapportsModel(
    IAccessRequestStore requests,
    IApplicationStore applications,
    IConsultationReportStore reports,
    ReportObligations obligations,
    SubmitConsultationReport submit,
    ReportCalendar calendar,
    ConsultationReportOptions options,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock) : PageModel
{
    public AccessRequest AccessRequest { get; private set; } = null!;

    public ApiApplication? Application { get; private set; }

    public IReadOnlyList<MonthReport> Months { get; private set; } = [];

    public IReadOnlyList<ReportMonth> OpenMonths { get; private set; } = [];

    public IReadOnlyList<ReportReceipt> History { get; private set; } = [];

    public ReportCalendar Calendar => calendar;

    public int MaxFileBytes => options.MaxFileBytes;

    /// <summary>The month chosen in the form (kept after an error).</summary>
    public string? ChosenMonth { get; private set; }

    public IReadOnlyList<ReportError> Errors { get; private set; } = [];

    public int ErrorCount { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, string? mois, IFormFile? fichier, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        ChosenMonth = mois;
        if (Application is null || Application.IsRevoked)
        {
            (Errors, ErrorCount) = ([new ReportError(0, "application", null, "cette application n'a pas d'identifiants actifs : elle n'a pas de rapport à déposer.")], 1);
            return Page();
        }
        if (fichier is null || fichier.Length == 0)
        {
            (Errors, ErrorCount) = ([new ReportError(0, "fichier", null, "choisissez le fichier CSV du mois (il est vide ou absent).")], 1);
            return Page();
        }
        if (fichier.Length > options.MaxFileBytes)
        {
            (Errors, ErrorCount) = ([new ReportError(0, "fichier", fichier.FileName, $"fichier trop volumineux : {options.MaxFileBytes} octets au plus.")], 1);
            return Page();
        }
        byte[] content;
        await using (var stream = fichier.OpenReadStream())
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }
        var outcome = await submit.SubmitAsync(Application, mois, content, fichier.FileName, ReportChannel.Page, AccountClaims.IdOf(User), ct);
        (Errors, ErrorCount) = (outcome.Errors, outcome.ErrorCount);
        if (outcome.Accepted)
        {
            var receipt = outcome.Receipt!;
            Done = $"Rapport de {ReportCalendar.Label(receipt.Month)} enregistré : {receipt.Offers} offre(s), {receipt.TotalViews} vue(s) au total"
                + (outcome.Status!.Uploads > 1 ? $" ; il remplace le dépôt précédent ({outcome.Status.Uploads} dépôts pour ce mois)." : ".")
                + (outcome.Status.Status == ReportStatus.Late ? " Il est arrivé après l'échéance : le mois reste marqué « reçu en retard »." : "");
            ChosenMonth = null;
            await LoadAsync(id, ct);
        }
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var request = await requests.GetAsync(id, ct);
        if (request is null || request.AccountId != AccountClaims.IdOf(User))
            return false;
        AccessRequest = request;
        Application = request.ClientId is { } clientId ? await applications.GetAsync(clientId, ct) : null;
        if (Application is not null)
        {
            var now = clock.GetUtcNow();
            Months = await obligations.ForApplicationAsync(Application, now, ct);
            OpenMonths = ReportObligations.OpenMonths(Application, now);
            History = await reports.ListByApplicationAsync(Application.ClientId, ct);
        }
        return true;
    }
}
