using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Web.Features.Auth;
using Compliance = OpenEmploi.Storage.Applications.SyncCompliance;

namespace OpenEmploi.Web.Features.SyncCompliance;

/// <summary>
/// Sync compliance (licence, article 5.2; docs/sync-api.md): every successful sync call is recorded
/// per application, and the operator lists the applications and those more than 24 h behind.
/// </summary>
internal static class SyncComplianceFeature
{
    public const string Prefix = "/admin/conformite/v1";
    public const string Tag = "Conformité v1";

    public static IServiceCollection AddSyncCompliance(this IServiceCollection services)
    {
        services.AddSingleton<SyncCallRecorder>();
        services.AddHostedService<SyncCallWriter>();
        return services;
    }

    public static IEndpointRouteBuilder MapSyncCompliance(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix)
            .WithTags(Tag)
            .RequireAuthorization(AuthFeature.CompliancePolicy)
            .WithMetadata(
                new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized),
                new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden));

        group.MapGet("/synchronisations", (IApplicationStore applications, IOffreStore offres, TimeProvider time, CancellationToken ct) =>
                ListAsync(applications, offres, time, lateOnly: false, ct))
            .WithName("SuiviSynchronisations")
            .WithSummary("Chaque application ayant le scope de synchronisation (ou ayant synchronisé) : dernière synchronisation réussie, retard en séquences et en temps.")
            .Produces<SuiviSynchronisations>(StatusCodes.Status200OK);

        group.MapGet("/synchronisations/en-retard", (IApplicationStore applications, IOffreStore offres, TimeProvider time, CancellationToken ct) =>
                ListAsync(applications, offres, time, lateOnly: true, ct))
            .WithName("SynchronisationsEnRetard")
            .WithSummary("Les applications à plus de 24 h de la tête du journal (ou dont le curseur a expiré) : la licence demande une mise à jour au moins toutes les 24 h.")
            .Produces<SuiviSynchronisations>(StatusCodes.Status200OK);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(IApplicationStore applications, IOffreStore offres, TimeProvider time, bool lateOnly, CancellationToken ct)
    {
        var report = await Compliance.ReadAsync(applications, offres, time.GetUtcNow(), Compliance.LicenceMaxLag, ct);
        return TypedResults.Ok(SuiviSynchronisations.Of(report, lateOnly ? report.Late : report.Applications));
    }
}
