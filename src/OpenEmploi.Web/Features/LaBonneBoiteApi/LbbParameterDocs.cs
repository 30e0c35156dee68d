using OpenEmploi.Web.Features.OpenApi;

namespace OpenEmploi.Web.Features.LaBonneBoiteApi;

/// <summary>
/// The search parameters in the OpenAPI document: the handler reads the query itself (to report
/// every problem at once, as a 422 naming each parameter), so the framework cannot infer them.
/// </summary>
internal static class LbbParameterDocs
{
    private static readonly QueryParameterDoc[] Parameters =
    [
        new("rome", "Code ROME du métier, répétable (rome=A1101&rome=N4101) ; une liste séparée par des virgules ne donne aucun résultat. Absent : tous les métiers."),
        new("latitude", "Latitude du centre de la recherche (avec longitude)."),
        new("longitude", "Longitude du centre de la recherche (avec latitude)."),
        new("citycode", "Code INSEE de la commune au centre de la recherche."),
        new("postcode", "Code postal : la première commune desservie est le centre."),
        new("city", "Nom de la commune au centre de la recherche."),
        new("department_number", "Numéro de département : tout le département, sans distance."),
        new("region", "Code de région : toute la région, sans distance."),
        new("distance", "Rayon en km autour du centre, 200 au plus (10 par défaut)."),
        new("naf", "Code NAF de l'activité (5610A ou 56.10A) ou division (56)."),
        new("page", "Numéro de page, à partir de 1."),
        new("page_size", "Résultats par page, de 1 à 100 (10 par défaut)."),
        new("sort_by", "hiring_potential (potentiel d'embauche) ou distance ; absent : ordre recommandé (entreprises mises en avant, puis potentiel × facteur aléatoire du jour, puis distance)."),
        new("sort_direction", "desc (par défaut) ou asc."),
    ];

    public static RouteHandlerBuilder WithLbbParameters(this RouteHandlerBuilder builder) => builder.WithQueryParameters(Parameters);
}
