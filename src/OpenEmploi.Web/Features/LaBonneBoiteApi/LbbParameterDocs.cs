using Microsoft.OpenApi;

namespace OpenEmploi.Web.Features.LaBonneBoiteApi;

/// <summary>
/// The search parameters in the OpenAPI document: the handler reads the query itself (to report
/// every problem at once, as a 422 naming each parameter), so the framework cannot infer them.
/// </summary>
internal static class LbbParameterDocs
{
    private static readonly (string Name, string Description)[] Parameters =
    [
        ("rome", "Code ROME du métier, répétable (rome=A1101&rome=N4101) ; une liste séparée par des virgules ne donne aucun résultat. Absent : tous les métiers."),
        ("latitude", "Latitude du centre de la recherche (avec longitude)."),
        ("longitude", "Longitude du centre de la recherche (avec latitude)."),
        ("citycode", "Code INSEE de la commune au centre de la recherche."),
        ("postcode", "Code postal : la première commune desservie est le centre."),
        ("city", "Nom de la commune au centre de la recherche."),
        ("department_number", "Numéro de département : tout le département, sans distance."),
        ("region", "Code de région : toute la région, sans distance."),
        ("distance", "Rayon en km autour du centre, 200 au plus (10 par défaut)."),
        ("naf", "Code NAF de l'activité (5610A ou 56.10A) ou division (56)."),
        ("page", "Numéro de page, à partir de 1."),
        ("page_size", "Résultats par page, de 1 à 100 (10 par défaut)."),
        ("sort_by", "hiring_potential (potentiel d'embauche) ou distance ; absent : ordre recommandé (entreprises mises en avant, puis potentiel × facteur aléatoire du jour, puis distance)."),
        ("sort_direction", "desc (par défaut) ou asc."),
    ];

    public static RouteHandlerBuilder WithLbbParameters(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var (name, description) in Parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Required = false,
                    Description = description,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }
            return Task.CompletedTask;
        });
}
