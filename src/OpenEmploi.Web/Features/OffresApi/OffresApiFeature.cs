using OpenEmploi.Core.Offres;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.OffresApi.Parameters;
using OpenEmploi.Web.Features.OffresApi.Referentiels;
using OpenEmploi.Web.Features.Quotas;

namespace OpenEmploi.Web.Features.OffresApi;

/// <summary>The offers API, wire-compatible with France Travail's "Offres d'emploi v2".</summary>
internal static class OffresApiFeature
{
    public const string Prefix = "/partenaire/offresdemploi/v2";
    public const string Tag = "Offres d'emploi v2";

    public static IServiceCollection AddOffresApi(this IServiceCollection services)
    {
        services.AddSingleton<SearchParametersParser>();
        services.AddSingleton<ReferentielCatalog>();
        return services;
    }

    public static IEndpointRouteBuilder MapOffresApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix)
            .WithTags(Tag)
            .RequireAuthorization(AuthFeature.OffresApiPolicy)
            .WithClientQuota()
            .WithMetadata(
                new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized),
                new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden),
                new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(string), ["text/plain"]));

        group.MapGet("/offres/search", SearchOffres.HandleAsync)
            .WithName("RechercherOffres")
            .WithSummary("Recherche d'offres : filtres, facettes, plage de résultats (range).")
            .WithSearchParameters()
            .Produces<SearchPageBody>(StatusCodes.Status200OK)
            .Produces<SearchPageBody>(StatusCodes.Status206PartialContent)
            .Produces(StatusCodes.Status204NoContent)
            .Produces<WireError>(StatusCodes.Status400BadRequest);

        group.MapGet("/offres/{id}", GetOffre.HandleAsync)
            .WithName("ConsulterOffre")
            .WithSummary("Détail d'une offre ; 204 si elle n'existe pas ou plus.")
            .Produces<Offre>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status204NoContent)
            .Produces<WireError>(StatusCodes.Status400BadRequest);

        group.MapReferentielEndpoints();
        return endpoints;
    }
}

/// <summary>The search body, for the OpenAPI document (responses are written as a stream).</summary>
internal sealed record SearchPageBody(IReadOnlyList<Offre> Resultats, IReadOnlyList<FiltrePossible> FiltresPossibles);

internal sealed record FiltrePossible(string Filtre, IReadOnlyList<Agregation> Agregation);

internal sealed record Agregation(string ValeurPossible, int NbResultats);
