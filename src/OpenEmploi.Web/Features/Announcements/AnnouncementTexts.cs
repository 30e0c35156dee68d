using OpenEmploi.Storage.Announcements;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Features.Licence;

namespace OpenEmploi.Web.Features.Announcements;

/// <summary>The French e-mail telling an owner of an API change that touches its applications.</summary>
internal static class AnnouncementTexts
{
    public const string Kind = "annonce_evolution_api";

    private const string Signature = "\n\n—\nOpenEmploi, plateforme des développeurs\nCe message est envoyé automatiquement : n'y répondez pas.";

    public static Notification Announced(string email, ApiAnnouncement announcement, IEnumerable<(string Name, string ClientId)> applications, string? baseUrl) => new(
        Kind, email, $"Évolution annoncée des API : {announcement.Title}",
        "Bonjour,\n\nL'opérateur annonce une évolution des API d'OpenEmploi, applicable à partir du "
        + $"{FrenchTime.FormatDay(ParisCalendar.DayOf(announcement.EffectiveAt))} (article 3.2 de la licence : les évolutions sont annoncées deux mois à l'avance).\n\n"
        + $"API concernées : {string.Join(", ", AnnouncedApis.Labels(announcement.Apis))}.\n\n"
        + "Vos applications concernées :\n"
        + string.Join("\n", applications.Select(application => $"- « {application.Name} » ({application.ClientId})")) + "\n\n"
        + $"{announcement.Title}\n\n{announcement.Body}\n\n"
        + "Toutes les annonces : " + LicenceTexts.Link(baseUrl, AnnouncementsFeature.PublicPage(announcement.Id)) + Signature);
}
