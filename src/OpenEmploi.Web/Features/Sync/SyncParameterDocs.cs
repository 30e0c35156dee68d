using Microsoft.OpenApi;

namespace OpenEmploi.Web.Features.Sync;

/// <summary>
/// The sync endpoints read their query string themselves (to answer in French), so their
/// parameters are declared here for the OpenAPI document.
/// </summary>
internal static class SyncParameterDocs
{
    private static readonly (string Name, string Description, bool Required)[] Filters =
    [
        ("departement", "Codes de départements séparés par des virgules (75, 2A, 971…) : offres de l'un d'eux.", false),
        ("region", "Codes de régions INSEE séparés par des virgules (11, 84…).", false),
        ("codeROME", "Codes ROME séparés par des virgules (M1805…).", false),
    ];

    private static readonly (string Name, string Description, bool Required)[] Cursor =
    [
        ("after", "Le curseur : fin.sequence de l'instantané, puis fin.suivant de la page précédente.", true),
        ("limit", "Événements par page, de 1 à 10 000 (défaut 1 000).", false),
    ];

    public static RouteHandlerBuilder WithSnapshotParameters(this RouteHandlerBuilder builder) => With(builder, Filters);

    public static RouteHandlerBuilder WithChangesParameters(this RouteHandlerBuilder builder) => With(builder, [.. Cursor, .. Filters]);

    private static RouteHandlerBuilder With(RouteHandlerBuilder builder, (string Name, string Description, bool Required)[] parameters) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var (name, description, required) in parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Required = required,
                    Description = description,
                    Schema = new OpenApiSchema { Type = required || name == "limit" ? JsonSchemaType.Integer : JsonSchemaType.String },
                });
            }
            return Task.CompletedTask;
        });
}
