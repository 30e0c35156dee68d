using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.AccessRequests;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.Licence;

namespace OpenEmploi.Web.Pages.Developpeurs.Applications;

/// <summary>
/// One request or application of the signed-in reuser: its state, and once approved its
/// credentials: the secret is shown in the answer to a POST only, never on a page that can be
/// reloaded or cached.
/// </summary>
[Authorize(Policy = AccountsFeature.AccountPolicy)]
internal sealed class DetailModel(
    IAccessRequestStore requests, IApplicationStore applications, ApplicationCredentials credentials, AccessRequestOptions options, LicenceOverview overview) : PageModel
{
    public MyApplication Item { get; private set; } = null!;

    /// <summary>The application's standing under the licence, once it exists.</summary>
    public ApplicationLicence? Licence { get; private set; }

    public IssuedSecret? Secret { get; private set; }

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public TimeSpan Overlap => options.SecretOverlap;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSecretAsync(string id, CancellationToken ct) =>
        ShowSecretAsync(id, credentials.IssueFirstSecretAsync(id, AccountClaims.IdOf(User), ct), ct);

    public Task<IActionResult> OnPostRenouvelerAsync(string id, CancellationToken ct) =>
        ShowSecretAsync(id, credentials.RotateAsync(id, AccountClaims.IdOf(User), ct), ct);

    public async Task<IActionResult> OnPostRevoquerAsync(string id, bool confirme, CancellationToken ct)
    {
        Error = confirme
            ? await credentials.RevokeAsync(id, AccountClaims.IdOf(User), ct)
            : "Cochez la case de confirmation : la révocation est définitive.";
        if (Error is null)
            Done = "Les identifiants sont révoqués : l'application ne peut plus obtenir de jeton ni appeler les API.";
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<IActionResult> ShowSecretAsync(string id, Task<(IssuedSecret? Secret, string? Error)> action, CancellationToken ct)
    {
        (Secret, Error) = await action;
        // A page holding a secret must not stay in any cache.
        Response.Headers.CacheControl = "no-store";
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var request = await requests.GetAsync(id, ct);
        if (request is null || request.AccountId != AccountClaims.IdOf(User))
            return false;
        Item = new MyApplication(request, request.ClientId is { } clientId ? await applications.GetAsync(clientId, ct) : null);
        Licence = request.ClientId is { } created ? await overview.OfApplicationAsync(created, ct) : null;
        return true;
    }
}
