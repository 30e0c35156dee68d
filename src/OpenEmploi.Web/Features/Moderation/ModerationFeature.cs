using OpenEmploi.Web.Features.Auth;

namespace OpenEmploi.Web.Features.Moderation;

/// <summary>
/// The operator's moderation API: the queue of offers held for their fraud score, approve, reject.
/// An application granted <c>admin_moderation</c> is the operator until operator accounts exist.
/// </summary>
internal static class ModerationFeature
{
    public const string Prefix = "/admin/moderation/v1";
    public const string Tag = "Modération v1";

    public static string CommandPath(string id) => $"{Prefix}/commandes/{id}";

    public static IServiceCollection AddModeration(this IServiceCollection services) =>
        services.AddSingleton<ModerationCommands>().AddSingleton<ModerationDecisions>();

    public static IEndpointRouteBuilder MapModeration(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix)
            .WithTags(Tag)
            .RequireAuthorization(AuthFeature.ModerationPolicy)
            .WithMetadata(
                new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized),
                new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden));

        group.MapGet("/offres", ModerationEndpoints.ListAsync)
            .WithName("FileModeration")
            .WithSummary("Offres retenues pour leur score de fraude, les plus anciennes d'abord (page à partir de 0, taille 1 à 100, 20 par défaut).")
            .Produces<FileModeration>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/offres/{source}/{reference}/approuver", ModerationEndpoints.ApproveAsync)
            .WithName("ApprouverOffre")
            .WithSummary("Publie une offre retenue (elle rejoint ses doublons comme toute offre) ; renvoie l'id de l'offre publiée.")
            .Produces<DecisionModeration>(StatusCodes.Status200OK)
            .Produces<CommandeEnCours>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/offres/{source}/{reference}/rejeter", ModerationEndpoints.RejectAsync)
            .WithName("RejeterOffre")
            .WithSummary("Refuse une offre retenue : elle reste enregistrée, refusée, avec le motif.")
            .Produces<DecisionModeration>(StatusCodes.Status200OK)
            .Produces<CommandeEnCours>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/commandes/{id}", ModerationEndpoints.GetCommandAsync)
            .WithName("SuivreDecisionModeration")
            .WithSummary("État d'une décision de modération mise en file.")
            .Produces<EtatCommande>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }
}
