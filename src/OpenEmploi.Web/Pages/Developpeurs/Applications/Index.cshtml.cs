using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Announcements;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.Usage;

namespace OpenEmploi.Web.Pages.Developpeurs.Applications;

/// <summary>An access request with, once approved, the application it created.</summary>
internal sealed record MyApplication(AccessRequest Request, ApiApplication? Application);

/// <summary>An API change announced to some of the reuser's applications.</summary>
internal sealed record MyAnnouncement(ApiAnnouncement Announcement, IReadOnlyList<string> Applications);

/// <summary>
/// The signed-in reuser's requests and applications, newest first; for each live application its
/// use over the last 30 days, quota, sync lag and last report; the API changes announced to them.
/// </summary>
[Authorize(Policy = AccountsFeature.AccountPolicy)]
internal sealed class IndexModel(IAccessRequestStore requests, IApplicationStore applications, IAnnouncementStore announcements, UsageReader usage) : PageModel
{
    public IReadOnlyList<MyApplication> Items { get; private set; } = [];

    public IReadOnlyDictionary<string, UsageSummary> Usage { get; private set; } = new Dictionary<string, UsageSummary>();

    /// <summary>Announcements whose change applies today or later, soonest first.</summary>
    public IReadOnlyList<MyAnnouncement> Upcoming { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var items = new List<MyApplication>();
        foreach (var request in await requests.ListByAccountAsync(AccountClaims.IdOf(User), ct))
            items.Add(new MyApplication(request, request.ClientId is { } clientId ? await applications.GetAsync(clientId, ct) : null));
        Items = items;
        var live = items.Select(item => item.Application).OfType<ApiApplication>().Where(application => !application.IsRevoked).ToList();
        Usage = await usage.ReadAsync(live, ct);

        var now = usage.Now;
        var received = new Dictionary<string, (ApiAnnouncement Announcement, List<string> Applications)>(StringComparer.Ordinal);
        foreach (var application in live)
        {
            foreach (var item in await announcements.ListReceivedAnnouncementsAsync(application.ClientId, ct))
            {
                if (item.Announcement.EffectiveAt.AddDays(1) <= now)
                    continue;
                if (!received.TryGetValue(item.Announcement.Id, out var entry))
                    received[item.Announcement.Id] = entry = (item.Announcement, []);
                entry.Applications.Add(application.Name);
            }
        }
        Upcoming = [.. received.Values.OrderBy(entry => entry.Announcement.EffectiveAt).Select(entry => new MyAnnouncement(entry.Announcement, entry.Applications))];
    }
}
