using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Announcements;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.Announcements;
using OpenEmploi.Web.Features.Attribution;

namespace OpenEmploi.Web.Pages.Operateur;

/// <summary>
/// The operator's announcements of API changes (licence art. 3.2): publish one (at least two months
/// ahead; the owners of the affected active applications are told) and the list of those published.
/// </summary>
[Authorize(Policy = AccountsFeature.OperatorPolicy)]
internal sealed class AnnoncesModel(IAnnouncementStore announcements, AnnouncementPublishing publishing, PublicUrls urls) : PageModel
{
    public IReadOnlyList<ApiAnnouncement> Announcements { get; private set; } = [];

    /// <summary>What was typed, kept when publication is refused.</summary>
    public AnnouncementDraft Draft { get; private set; } = new(null, null, [], null);

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public string? Done { get; private set; }

    public DateOnly EarliestEffectiveDay => publishing.EarliestEffectiveDay;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task OnPostPublierAsync(string? titre, string? texte, string[]? apis, string? effet, CancellationToken ct)
    {
        var draft = new AnnouncementDraft(titre, texte, apis ?? [], effet);
        var (announcement, count, errors) = await publishing.PublishAsync(draft, AccountClaims.IdOf(User), urls.BaseOf(Request), ct);
        if (announcement is null)
        {
            Draft = draft;
            Errors = errors.ToDictionary(error => error.Field, error => error.Message, StringComparer.Ordinal);
        }
        else
        {
            Done = $"Annonce « {announcement.Title} » publiée : {count} application(s) concernée(s), leurs propriétaires sont prévenus.";
        }
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct) => Announcements = await announcements.ListAnnouncementsAsync(ct);
}
