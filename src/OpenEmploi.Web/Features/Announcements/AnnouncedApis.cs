using OpenEmploi.Storage.Applications;
using OpenEmploi.Web.Features.AccessRequests;

namespace OpenEmploi.Web.Features.Announcements;

/// <summary>
/// The APIs an announcement may concern: those a reuser may request, plus the consultation-report
/// API that every application reading offers holds. An application holding any scope of a chosen
/// API is affected.
/// </summary>
internal static class AnnouncedApis
{
    public static IReadOnlyList<RequestableApi> All { get; } =
    [
        .. RequestableApis.All,
        new("rapports", "API des rapports de consultation", "Déposer les rapports mensuels de consultation des offres (article 5.4 de la licence).", [ApiScopes.RapportsConsultation]),
    ];

    public static RequestableApi? Find(string code) => All.FirstOrDefault(api => api.Code == code);

    public static string Label(string code) => Find(code)?.Label ?? code;

    public static IEnumerable<string> Labels(IEnumerable<string> codes) => codes.Select(Label);
}
