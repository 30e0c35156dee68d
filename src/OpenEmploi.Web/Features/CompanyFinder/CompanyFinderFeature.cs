using OpenEmploi.Storage;
using OpenEmploi.Storage.CompanyFinder;

namespace OpenEmploi.Web.Features.CompanyFinder;

/// <summary>The company finder ("La Bonne Boîte", docs/company-finder.md): its store and in-memory index.</summary>
internal static class CompanyFinderFeature
{
    public static IServiceCollection AddCompanyFinder(this IServiceCollection services)
    {
        services.AddSingleton(provider => CompanyFinderStoreFactory.Open(
            provider.GetRequiredService<StoreLocation>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CompanyDirectory>();
        services.AddSingleton<OccupationResolver>();
        services.AddSingleton<CompanyMap>();
        return services;
    }

    /// <summary>GET /entreprises/metiers: the appellations suggested as the occupation field is typed (wwwroot/js/metier.js).</summary>
    public static IEndpointRouteBuilder MapCompanyFinderPortal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/entreprises/metiers", (string? q, OccupationResolver occupations) =>
                TypedResults.Ok(occupations.Suggest(q ?? "").Select(a => new OccupationSuggestion(a.Libelle, a.CodeRome)).ToArray()))
            .WithName("SuggestionsMetiers")
            .WithTags("Portail")
            // A helper of the portal's own form, not part of the published APIs.
            .ExcludeFromDescription();
        return endpoints;
    }

    public sealed record OccupationSuggestion(string Libelle, string CodeRome);
}
