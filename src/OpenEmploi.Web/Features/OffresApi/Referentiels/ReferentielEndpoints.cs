using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OpenEmploi.Web.Features.OffresApi.Referentiels;

/// <summary>GET referentiel/{name}: one of the 16 code lists, pre-serialised (<see cref="ReferentielCatalog"/>).</summary>
internal static class ReferentielEndpoints
{
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Maps GET "referentiel/{name}" on the offers API group (prefix /partenaire/offresdemploi/v2).</summary>
    public static RouteGroupBuilder MapReferentielEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/referentiel/{name}", Get)
            .WithName("ConsulterReferentiel")
            .WithSummary("Un référentiel de codes : appellations, communes, départements, domaines, métiers, pays, thèmes…")
            .Produces<IReadOnlyList<ReferentielEntry>>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static Results<FileContentHttpResult, ProblemHttpResult> Get(string name, ReferentielCatalog catalog, HttpResponse response)
    {
        if (!catalog.TryGet(name, out var payload))
        {
            return TypedResults.Problem(
                title: "Référentiel inconnu",
                detail: $"Le référentiel « {name} » n'existe pas. Référentiels disponibles : {string.Join(", ", catalog.Names)}.",
                statusCode: StatusCodes.Status404NotFound);
        }
        response.Headers["Content-Range"] = string.Create(CultureInfo.InvariantCulture, $"{payload.Name} */{payload.Count}");
        return TypedResults.File(payload.Json, JsonContentType);
    }
}
