using Microsoft.AspNetCore.Http.HttpResults;

namespace OpenEmploi.Web.Features.Statistics.Dashboard;

/// <summary>
/// The "Data emploi" dashboards of the portal (Pages/Territoires): the builder that reads a
/// territory's published figures, the SVG maps, and GET /territoires/suggestions for the search
/// field's script.
/// </summary>
internal static class DashboardFeature
{
    public const int MaxSuggestions = 10;

    public static IServiceCollection AddTerritoryDashboards(this IServiceCollection services)
    {
        services.AddSingleton<TerritoryDashboardBuilder>();
        services.AddSingleton<StatisticsMaps>();
        services.AddSingleton<DashboardDatasets>();
        return services;
    }

    public static IEndpointRouteBuilder MapTerritoryDashboards(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/territoires/suggestions", Suggest)
            .WithName("SuggestionsTerritoires")
            // A helper of the portal's own form, not part of the published APIs.
            .ExcludeFromDescription();
        return endpoints;
    }

    public sealed record Suggestion(string Libelle, string Type, string Page);

    private static Ok<Suggestion[]> Suggest(string? q, TerritoryDirectory territories)
    {
        var text = q?.Trim() ?? "";
        if (text.Length < 2)
            return TypedResults.Ok(Array.Empty<Suggestion>());
        return TypedResults.Ok(territories.Search(text, MaxSuggestions)
            .Select(t => new Suggestion(LabelOf(t), t.TypeLabel, t.PagePath)).ToArray());
    }

    /// <summary>"Lyon (commune, 69)", "Rhône (département)": names shared by several territories stay apart.</summary>
    public static string LabelOf(StatisticsTerritory t) =>
        t.Name + " (" + t.TypeLabel.ToLowerInvariant() + (t.CodeDepartement is { } d && t.Level != Core.Statistics.TerritoryLevel.Departement ? ", " + d : "") + ")";
}
