using OpenEmploi.Web.Features.Auth;

namespace OpenEmploi.Web.Features.LaBonneBoiteApi;

/// <summary>
/// The API compatible with "La Bonne Boîte" v2: GET /partenaire/labonneboite/v2/recherche, scope
/// api_labonneboitev2, at most <see cref="LbbQuotaFilter.CallsPerSecond"/> calls per second per
/// application. Under /partenaire, so attribution headers and the access log apply as to every API.
/// </summary>
internal static class LaBonneBoiteApiFeature
{
    public const string Prefix = "/partenaire/labonneboite/v2";
    public const string Tag = "La Bonne Boîte v2";

    public static IServiceCollection AddLaBonneBoiteApi(this IServiceCollection services)
    {
        services.AddSingleton<LbbParameters>();
        services.AddSingleton<LbbQuotaFilter>();
        return services;
    }

    public static IEndpointRouteBuilder MapLaBonneBoiteApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup(Prefix)
            .WithTags(Tag)
            .RequireAuthorization(AuthFeature.LaBonneBoitePolicy)
            .AddEndpointFilter<LbbQuotaFilter>()
            .MapGet("/recherche", SearchCompanies.HandleAsync)
            .WithName("RechercherEntreprises")
            .WithSummary("Entreprises susceptibles d'embaucher pour des métiers (ROME) autour d'un lieu.")
            .WithLbbParameters()
            .Produces<LbbResponse>(StatusCodes.Status200OK)
            .Produces<LbbErrorBody>(StatusCodes.Status422UnprocessableEntity)
            .Produces(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status403Forbidden)
            .Produces<string>(StatusCodes.Status429TooManyRequests, "text/plain");
        return endpoints;
    }
}
