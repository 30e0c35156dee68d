using OpenEmploi.Web.Features.OpenApi;

namespace OpenEmploi.Web.Features.Sync;

/// <summary>
/// The sync endpoints read their query string themselves (to answer in French), so their
/// parameters are declared here for the OpenAPI document.
/// </summary>
internal static class SyncParameterDocs
{
    private static readonly QueryParameterDoc[] Filters =
    [
        new("departement", "Codes de départements séparés par des virgules (75, 2A, 971…) : offres de l'un d'eux."),
        new("region", "Codes de régions INSEE séparés par des virgules (11, 84…)."),
        new("codeROME", "Codes ROME séparés par des virgules (M1805…)."),
    ];

    private static readonly QueryParameterDoc[] Cursor =
    [
        new("after", "Le curseur : fin.sequence de l'instantané, puis fin.suivant de la page précédente.", Required: true, IsInteger: true),
        new("limit", "Événements par page, de 1 à 10 000 (défaut 1 000).", IsInteger: true),
    ];

    public static RouteHandlerBuilder WithSnapshotParameters(this RouteHandlerBuilder builder) => builder.WithQueryParameters(Filters);

    public static RouteHandlerBuilder WithChangesParameters(this RouteHandlerBuilder builder) => builder.WithQueryParameters([.. Cursor, .. Filters]);
}
