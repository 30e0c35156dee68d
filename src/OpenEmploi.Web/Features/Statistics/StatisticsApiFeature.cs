using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Statistics;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.OffresApi;
using OpenEmploi.Web.Features.Quotas;
using OpenEmploi.Web.Features.Statistics.Dashboard;

namespace OpenEmploi.Web.Features.Statistics;

/// <summary>
/// The labour-market statistics API, compatible with France Travail's "Marché du travail" v1
/// (docs/statistics-api.md): indicators read from the published cells, referentials. Same doors
/// as the offers API: both scopes, the application's quota, attribution headers, access log.
/// </summary>
internal static class StatisticsApiFeature
{
    public const string Prefix = "/partenaire/stats-offres-demandes-emploi/v1";
    public const string Tag = "Marché du travail v1";

    public static IServiceCollection AddStatisticsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(StatisticsDownloadOptions.Section).Get<StatisticsDownloadOptions>() ?? new StatisticsDownloadOptions());
        services.AddSingleton<StatisticsCsvWriter>();
        services.AddSingleton<StatisticsDownloads>();
        services.AddHostedService<StatisticsDownloadsRefresher>();
        // The published cells of the platform's base (schema 14); the quarterly computation writes
        // them through the same store. TryAdd: whichever feature registers it first, one store.
        services.TryAddSingleton(provider => PublishedStatisticsStoreFactory.Open(provider.GetRequiredService<StoreLocation>()));
        services.TryAddSingleton<IPublishedStatistics>(provider => provider.GetRequiredService<IPublishedStatisticsStore>());
        services.AddSingleton<TerritoryDirectory>();
        services.AddSingleton<StatisticsActivities>();
        services.AddSingleton<StatisticsCodeLists>();
        services.AddSingleton<IndicatorRequestParser>();
        services.AddSingleton<QueryIndicator>();
        services.AddTerritoryDashboards();
        return services;
    }

    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix)
            .WithTags(Tag)
            .RequireAuthorization(AuthFeature.StatisticsApiPolicy)
            .WithClientQuota()
            .WithMetadata(
                new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized),
                new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden),
                new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(string), ["text/plain"]));

        foreach (var indicator in StatisticsIndicator.All)
        {
            group.MapPost("/indicateur/" + indicator.Route,
                    (HttpContext http, QueryIndicator handler, CancellationToken ct) => handler.HandleAsync(indicator, http, ct))
                .WithName("Indicateur-" + indicator.Route)
                .WithSummary($"{indicator.Label} ({indicator.Code}) par territoire, activité et période ; 204 si rien n'est publié.")
                .Accepts<IndicatorRequestBody>("application/json")
                .Produces<IndicatorResponse>(StatusCodes.Status200OK)
                .Produces(StatusCodes.Status204NoContent)
                .Produces<WireError>(StatusCodes.Status400BadRequest);
        }

        endpoints.MapTerritoryDashboards();

        group.MapGet("/referentiel/type-territoires", StatisticsReferentiels.TypesTerritoire)
            .WithName("ReferentielTypesTerritoire").WithSummary("Types de territoire (NAT, REG, DEP, ZE, EPCI, COM).")
            .Produces<IReadOnlyList<TypeTerritoireEntry>>(StatusCodes.Status200OK);
        group.MapGet("/referentiel/territoires/{codeTypeTerritoire}", StatisticsReferentiels.Territoires)
            .WithName("ReferentielTerritoires").WithSummary("Territoires d'un type ; les zones d'emploi portent le nom de leur commune la plus peuplée.")
            .Produces<IReadOnlyList<TerritoireEntry>>(StatusCodes.Status200OK).Produces<WireError>(StatusCodes.Status400BadRequest);
        group.MapGet("/referentiel/activites/{codeTypeActivite}", StatisticsReferentiels.Activites)
            .WithName("ReferentielActivites").WithSummary("Activités d'un type : CUMUL, ROME, DOMAINE, GRAND_DOMAINE, NAF.")
            .Produces<IReadOnlyList<ActiviteEntry>>(StatusCodes.Status200OK).Produces<WireError>(StatusCodes.Status400BadRequest);
        group.MapGet("/referentiel/nomenclatures/{code}", StatisticsReferentiels.Nomenclatures)
            .WithName("ReferentielNomenclatures").WithSummary("Valeurs d'une nomenclature (CATCAND, ORIGINEOFF, TYPECONTRAT, TYPE_TENSION) ou d'une caractéristique (SEXE, AGE…).")
            .Produces<IReadOnlyList<NomenclatureEntry>>(StatusCodes.Status200OK).Produces<WireError>(StatusCodes.Status400BadRequest);
        group.MapGet("/referentiel/periodes/{codeTypePeriode}", StatisticsReferentiels.Periodes)
            .WithName("ReferentielPeriodes").WithSummary("Périodes publiées (TRIMESTRE, ANNEE, GLISSANT_12_MOIS), la plus récente d'abord, avec leur date de calcul.")
            .Produces<IReadOnlyList<PeriodeEntry>>(StatusCodes.Status200OK).Produces<WireError>(StatusCodes.Status400BadRequest);
        return endpoints;
    }
}
