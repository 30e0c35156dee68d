using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.AccessRequests;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.Attribution;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Pages.Operateur;

/// <summary>The operator's review queue: pending requests, nearest deadline first, overdue ones flagged; approve or refuse.</summary>
[Authorize(Policy = AccountsFeature.OperatorPolicy)]
internal sealed class DemandesModel(
    IAccessRequestStore requests,
    ReviewAccessRequest review,
    PublicUrls urls,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock) : PageModel
{
    public IReadOnlyList<ReviewItem> Pending { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The request whose refusal failed, to show its error beside its reason field.</summary>
    public string? ErrorFor { get; private set; }

    public string? Done { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task OnPostApprouverAsync(string id, CancellationToken ct)
    {
        var (clientId, error) = await review.ApproveAsync(id, AccountClaims.IdOf(User), urls.BaseOf(Request), ct);
        (Error, ErrorFor, Done) = (error, error is null ? null : id, clientId is null ? null : $"Demande acceptée : application {clientId} créée, le réutilisateur est prévenu.");
        await LoadAsync(ct);
    }

    public async Task OnPostRefuserAsync(string id, string? motif, CancellationToken ct)
    {
        var error = await review.RefuseAsync(id, AccountClaims.IdOf(User), motif, ct);
        (Error, ErrorFor, Done) = (error, error is null ? null : id, error is null ? "Demande refusée : le réutilisateur reçoit le motif." : null);
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Pending = await requests.ListPendingAsync(ct);
    }
}
