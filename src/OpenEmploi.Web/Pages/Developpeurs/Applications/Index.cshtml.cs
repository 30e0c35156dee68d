using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Accounts;

namespace OpenEmploi.Web.Pages.Developpeurs.Applications;

/// <summary>An access request with, once approved, the application it created.</summary>
internal sealed record MyApplication(AccessRequest Request, ApiApplication? Application);

/// <summary>The signed-in reuser's requests and applications, newest first.</summary>
[Authorize(Policy = AccountsFeature.AccountPolicy)]
internal sealed class IndexModel(IAccessRequestStore requests, IApplicationStore applications) : PageModel
{
    public IReadOnlyList<MyApplication> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var items = new List<MyApplication>();
        foreach (var request in await requests.ListByAccountAsync(AccountClaims.IdOf(User), ct))
            items.Add(new MyApplication(request, request.ClientId is { } clientId ? await applications.GetAsync(clientId, ct) : null));
        Items = items;
    }
}
