using System.Diagnostics;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Index;
using OpenEmploi.Search.Query;

namespace OpenEmploi.Web.Features.Search;

/// <summary>
/// Runs a spread of searches through a freshly built index before the node takes traffic. A cold
/// node answered its first half-minute at one million offers with a p99 of 0.15–2.6 s (bench,
/// docs/benchmarks.md): the search paths were still in tier-0 code and every segment built its
/// commune boxes on the first radius query, under load. One query per kind and département (a
/// département, a radius around its chef-lieu, a ROME code, a word of an occupation's name), a
/// few rounds: the JIT promotes the hot methods and the lazy structures exist before the first call.
/// </summary>
internal static class SearchWarmUp
{
    private static readonly FacetKind[] ApiFacets = [FacetKind.TypeContrat, FacetKind.Experience, FacetKind.Qualification, FacetKind.NatureContrat];

    /// <summary>Runs the rounds until done or the time budget is spent; returns the number of searches.</summary>
    public static int Run(SearchEngine engine, ReferenceData reference, DateTime now, TimeSpan budget, int rounds = 3)
    {
        var queries = Queries(reference).ToList();
        var watch = Stopwatch.StartNew();
        var count = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                if (watch.Elapsed > budget)
                    return count;
                engine.Search(query, now);
                count++;
            }
        }
        return count;
    }

    internal static IEnumerable<SearchQuery> Queries(ReferenceData reference)
    {
        var metiers = reference.Rome.Metiers;
        var index = 0;
        foreach (var departement in reference.Geographie.Departements)
        {
            var metier = metiers.Count == 0 ? null : metiers[index++ % metiers.Count];
            yield return new SearchQuery { Departements = [departement.Code], End = 19, Facets = ApiFacets };
            yield return new SearchQuery { Communes = [departement.CodeCommuneChefLieu], DistanceKm = 30, Sort = SearchSort.Distance, End = 19, Facets = ApiFacets };
            if (metier is null)
                continue;
            yield return new SearchQuery { CodesRome = [metier.CodeRome], End = 19, Facets = ApiFacets };
            var word = metier.Libelle.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(part => part.Length > 3);
            if (word is not null)
                yield return new SearchQuery { Keywords = [word.ToLowerInvariant()], Sort = SearchSort.Relevance, End = 19, Facets = ApiFacets };
        }
    }
}
