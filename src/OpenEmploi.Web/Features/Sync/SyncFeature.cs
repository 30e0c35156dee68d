using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.Quotas;

namespace OpenEmploi.Web.Features.Sync;

/// <summary>
/// The sync feed (docs/sync-api.md): a consistent snapshot of the live base and the ordered changes
/// after it, deletions included, so that a reuser's mirror is exactly the base.
/// </summary>
internal static class SyncFeature
{
    public const string Prefix = "/partenaire/offresdemploi-sync/v1";
    public const string Tag = "Synchronisation des offres v1";

    public static IServiceCollection AddSync(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SyncOptions.Section).Get<SyncOptions>() ?? new SyncOptions();
        if (options.DefaultLimit < 1 || options.MaxLimit < options.DefaultLimit)
            throw new InvalidOperationException($"{SyncOptions.Section} : DefaultLimit doit être entre 1 et MaxLimit.");
        if (options.ChangeLogRetention <= TimeSpan.Zero)
            throw new InvalidOperationException($"{SyncOptions.Section}:ChangeLogRetention doit être positive.");
        services.AddSingleton(options);
        services.AddHostedService<ChangeLogPruning>();
        return services;
    }

    public static IEndpointRouteBuilder MapSyncEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix)
            .WithTags(Tag)
            .RequireAuthorization(AuthFeature.SyncPolicy)
            .WithClientQuota()
            .WithMetadata(
                new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized),
                new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden),
                new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(string), ["text/plain"]));

        group.MapGet("/snapshot", GetSnapshot.HandleAsync)
            .WithName("InstantaneOffres")
            .WithSnapshotParameters()
            .WithSummary("Toutes les offres vivantes (JSON lines, gzip sur demande), cohérentes avec la séquence donnée en dernière ligne.")
            .Produces<string>(StatusCodes.Status200OK, "application/x-ndjson")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/changes", GetChanges.HandleAsync)
            .WithName("ModificationsOffres")
            .WithChangesParameters()
            .WithSummary("Les événements (création, modification, suppression) après le curseur after, dans l'ordre, et le curseur suivant.")
            .Produces<string>(StatusCodes.Status200OK, "application/x-ndjson")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status410Gone);
        return endpoints;
    }
}
