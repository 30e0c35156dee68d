using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.Quotas;

namespace OpenEmploi.Web.Features.DepotOffres;

/// <summary>The employer postings API (docs/depot-offres-api.md): post, update and withdraw offers through the ingestion pipeline.</summary>
internal static class DepotOffresFeature
{
    public const string Prefix = "/partenaire/depotoffres/v1";
    public const string Tag = "Dépôt d'offres v1";

    public static string BatchPath(string batchId) => $"{Prefix}/lots/{batchId}";

    public static IServiceCollection AddDepotOffres(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(DepotOffresOptions.Section).Get<DepotOffresOptions>() ?? new DepotOffresOptions());
        return services;
    }

    public static IEndpointRouteBuilder MapDepotOffres(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix)
            .WithTags(Tag)
            .RequireAuthorization(AuthFeature.DepotOffresPolicy)
            .WithClientQuota()
            .WithMetadata(
                new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized),
                new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden),
                new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(string), ["text/plain"]));

        group.MapPost("/offres", PostOffres.HandleAsync)
            .WithName("DeposerOffres")
            .WithSummary("Dépose une offre (objet) ou un lot d'offres (tableau, 1 000 au plus) au format du document offre ; "
                + "l'id de chaque offre est sa référence chez l'émetteur : la déposer à nouveau la met à jour.")
            .Accepts<Core.Offres.Offre>("application/json")
            .Produces<DepotAccepte>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapGet("/lots/{id}", GetLot.HandleAsync)
            .WithName("SuivreLot")
            .WithSummary("État d'un dépôt ou d'un retrait : pour chaque enregistrement, la décision du traitement une fois rendue.")
            .Produces<EtatLot>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/offres/{reference}", DeleteOffre.HandleAsync)
            .WithName("RetirerOffre")
            .WithSummary("Retire une offre déposée par l'application, désignée par sa référence.")
            .Produces<RetraitAccepte>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }
}
