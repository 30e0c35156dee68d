using Microsoft.AspNetCore.Http.HttpResults;
using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Web.Features.PortalSearch;

/// <summary>
/// The job seekers' search page's parts (Pages/Offres): the place resolver, the projected map of
/// the départements, similar offers, and GET /offres/communes, the suggestions the place field's
/// script shows as the person types.
/// </summary>
internal static class PortalSearchFeature
{
    public const int MaxSuggestions = 10;

    public static IServiceCollection AddPortalSearch(this IServiceCollection services)
    {
        services.AddSingleton<PlaceResolver>();
        services.AddSingleton<DepartementMap>();
        services.AddSingleton<SimilarOffers>();
        return services;
    }

    public static IEndpointRouteBuilder MapPortalSearch(this IEndpointRouteBuilder endpoints)
    {
        // The map is projected now, at start-up, rather than by the first search.
        _ = endpoints.ServiceProvider.GetRequiredService<DepartementMap>();
        endpoints.MapGet("/offres/communes", Suggest)
            .WithName("SuggestionsCommunes")
            .WithTags("Portail")
            .WithSummary("Communes dont le nom commence par le texte saisi (ou desservies par un code postal), pour le champ « Lieu » de la recherche.")
            // A helper of the portal's own form, not part of the published APIs (docs/openapi/v1.json).
            .ExcludeFromDescription();
        return endpoints;
    }

    public sealed record Suggestion(string Libelle, string Nom, string CodeInsee, string Departement, IReadOnlyList<string> CodesPostaux);

    private static Ok<Suggestion[]> Suggest(string? q, ReferenceData data, PlaceResolver resolver)
    {
        var text = q?.Trim() ?? "";
        if (text.Length < 2)
            return TypedResults.Ok(Array.Empty<Suggestion>());
        var geo = data.Geographie;
        IEnumerable<Commune> communes = text.All(char.IsAsciiDigit)
            ? text.Length == 5 ? geo.CommunesByPostalCode(text) : []
            : geo.FindCommunes(text, MaxSuggestions * 2);
        var suggestions = communes
            .Where(c => !c.IsArrondissement)
            .Take(MaxSuggestions)
            .Select(c => new Suggestion(resolver.Label(c), c.Nom, c.CodeInsee, c.CodeDepartement, c.CodesPostaux))
            .ToArray();
        return TypedResults.Ok(suggestions);
    }
}
