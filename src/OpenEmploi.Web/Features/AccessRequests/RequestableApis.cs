using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Web.Features.AccessRequests;

/// <summary>An API a reuser may ask for, and the scopes it needs.</summary>
internal sealed record RequestableApi(string Code, string Label, string Description, IReadOnlyList<string> Scopes);

/// <summary>
/// The APIs offered on the access-request form. The operator's own scopes (admin_moderation) are
/// not offered: nobody requests to be the operator.
/// </summary>
internal static class RequestableApis
{
    public static IReadOnlyList<RequestableApi> All { get; } =
    [
        new("offres", "API Offres d'emploi v2", "Rechercher et lire les offres d'emploi (compatible avec l'API de France Travail).", ApiScopes.OffresApi),
        new("synchronisation", "Flux de synchronisation des offres", "Tenir une copie de la base à jour : instantané puis créations, modifications et suppressions.", [ApiScopes.Sync]),
        new("depot", "API de dépôt d'offres", "Publier, modifier et retirer des offres (employeurs et sites partenaires).", [ApiScopes.DepotOffres]),
        new("labonneboite", "API La Bonne Boîte v2", "Trouver les entreprises susceptibles d'embaucher pour un métier près d'un lieu (candidatures spontanées).", [ApiScopes.LaBonneBoite]),
        new("statistiques", "API Marché du travail", "Statistiques par territoire : demandeurs d'emploi, offres, embauches, tension (compatible avec l'API de France Travail).", ApiScopes.StatisticsApi),
    ];

    public static RequestableApi? Find(string code) => All.FirstOrDefault(api => api.Code == code);

    /// <summary>The APIs whose scopes an application holds, for display.</summary>
    public static IEnumerable<string> LabelsOf(IReadOnlyList<string> scopes) =>
        All.Where(api => api.Scopes.All(scopes.Contains)).Select(api => api.Label);
}
