using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Announcements;

namespace OpenEmploi.Web.Pages.Developpeurs;

/// <summary>The public list of API changes announced by the operator (licence art. 3.2), newest first.</summary>
internal sealed class AnnoncesModel(IAnnouncementStore announcements) : PageModel
{
    public IReadOnlyList<ApiAnnouncement> Announcements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Announcements = await announcements.ListAnnouncementsAsync(ct);
}
