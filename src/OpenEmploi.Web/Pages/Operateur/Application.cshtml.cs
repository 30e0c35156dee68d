using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Features.Licence;

namespace OpenEmploi.Web.Pages.Operateur;

/// <summary>
/// One application for the operator: its licence standing, notices and journal; suspend with a
/// reason and reinstate, send a notice of breach and lift it (article 9); download its audit
/// export (article 13).
/// </summary>
[Authorize(Policy = AccountsFeature.OperatorPolicy)]
internal sealed class ApplicationModel(
    LicenceOverview overview, LicenceEnforcement enforcement, IEnforcementStore journal, AuditExport audit) : PageModel
{
    public ApplicationLicence Item { get; private set; } = null!;

    public IReadOnlyList<LicenceEvent> Journal { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>The form whose input failed: "suspension" or "mise-en-demeure".</summary>
    public string? ErrorFor { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string clientId, CancellationToken ct) => await LoadAsync(clientId, ct) ? Page() : NotFound();

    /// <summary>The audit export, as a download.</summary>
    public async Task<IActionResult> OnGetAuditAsync(string clientId, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        if (!await audit.WriteAsync(clientId, buffer, ct))
            return NotFound();
        buffer.Position = 0;
        var day = ParisCalendar.Key(ParisCalendar.DayOf(overview.Now));
        return File(buffer, "application/json; charset=utf-8", $"audit-{clientId}-{day}.json");
    }

    public Task<IActionResult> OnPostSuspendreAsync(string clientId, string? motif, CancellationToken ct) =>
        ActAsync(clientId, "suspension", enforcement.SuspendAsync(clientId, motif, AccountClaims.IdOf(User), ct),
            "Application suspendue : le réutilisateur est prévenu, ses appels sont refusés d'ici une minute au plus.", ct);

    public Task<IActionResult> OnPostRetablirAsync(string clientId, CancellationToken ct) =>
        ActAsync(clientId, null, enforcement.ReinstateAsync(clientId, AccountClaims.IdOf(User), ct), "Accès rétabli : le réutilisateur est prévenu.", ct);

    public async Task<IActionResult> OnPostMettreEnDemeureAsync(string clientId, string? motif, CancellationToken ct)
    {
        var (notice, error) = await enforcement.SendNoticeAsync(clientId, motif, AccountClaims.IdOf(User), ct);
        return await ActAsync(clientId, "mise-en-demeure", Task.FromResult(error),
            notice is null ? "" : $"Mise en demeure envoyée : sans levée, la licence sera résiliée le {FrenchTime.Format(notice.DeadlineAt)}.", ct);
    }

    public Task<IActionResult> OnPostLeverAsync(string clientId, string noticeId, CancellationToken ct) =>
        ActAsync(clientId, null, enforcement.LiftNoticeAsync(noticeId, AccountClaims.IdOf(User), ct), "Mise en demeure levée : le réutilisateur est prévenu.", ct);

    private async Task<IActionResult> ActAsync(string clientId, string? form, Task<string?> action, string done, CancellationToken ct)
    {
        Error = await action;
        ErrorFor = Error is null ? null : form;
        Done = Error is null ? done : null;
        return await LoadAsync(clientId, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string clientId, CancellationToken ct)
    {
        var item = await overview.OfApplicationAsync(clientId, ct);
        if (item is null)
            return false;
        Item = item;
        Journal = await journal.ListEventsAsync(clientId, ct);
        return true;
    }
}
