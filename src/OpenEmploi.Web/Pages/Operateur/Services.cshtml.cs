using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.Attribution;
using OpenEmploi.Web.Features.ServicesCatalogue;

namespace OpenEmploi.Web.Pages.Operateur;

/// <summary>The operator's queue of proposed services, oldest first: approve, or reject with a reason the submitter receives.</summary>
[Authorize(Policy = AccountsFeature.OperatorPolicy)]
internal sealed class ServicesModel(IReuseServiceStore services, ModerateService moderate, PublicUrls urls) : PageModel
{
    public IReadOnlyList<ReuseServiceReview> Pending { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>The service whose decision failed, to show the error beside its reason field.</summary>
    public string? ErrorFor { get; private set; }

    public string? Done { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task OnPostApprouverAsync(string id, CancellationToken ct)
    {
        var error = await moderate.ApproveAsync(id, AccountClaims.IdOf(User), urls.BaseOf(Request), ct);
        (Error, ErrorFor, Done) = (error, error is null ? null : id, error is null ? "Service accepté : il est publié dans le catalogue et son auteur est prévenu." : null);
        await LoadAsync(ct);
    }

    public async Task OnPostRefuserAsync(string id, string? motif, CancellationToken ct)
    {
        var error = await moderate.RejectAsync(id, AccountClaims.IdOf(User), motif, ct);
        (Error, ErrorFor, Done) = (error, error is null ? null : id, error is null ? "Service refusé : son auteur reçoit le motif." : null);
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct) => Pending = await services.ListPendingAsync(ct);
}
