using System.Globalization;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Query;
using OpenEmploi.Web.Features.PortalSearch;

namespace OpenEmploi.Bench.Portal;

/// <summary>
/// The search benchmark's query mix as a job seeker's /offres addresses: the keywords as typed
/// words, the first commune as "Nom (département)" with the nearest radius the form offers, the
/// first département, contracts, experience, publication date, monthly salary, working time and
/// sort; one search in five asks for a later page (2 to 5), as people page through results.
/// </summary>
internal static class PortalUrls
{
    public static string[] Paths(IReadOnlyList<(string Kind, SearchQuery Query)> mix, ReferenceData data) =>
        [.. mix.Select((m, i) => Path(m.Query, data, i))];

    private static string Path(SearchQuery q, ReferenceData data, int index)
    {
        var commune = q.Communes.Count > 0 ? data.Geographie.CommuneByInsee(q.Communes[0]) : null;
        var criteria = new SearchCriteria
        {
            Q = q.Keywords.Count > 0 ? string.Join(' ', q.Keywords) : null,
            Lieu = commune is null ? null : $"{commune.Nom} ({commune.CodeDepartement})",
            Rayon = SearchCriteria.Radii.MinBy(r => Math.Abs(r - q.DistanceKm)),
            Departement = commune is null && q.Departements.Count > 0 ? q.Departements[0] : null,
            Contrats = [.. q.TypesContrat.Where(c => data.Listes.TypeContrat(c) is not null)],
            Experience = q.Experience is { } e ? ((int)e).ToString(CultureInfo.InvariantCulture) : null,
            Publiee = q.PublieeDepuisJours is { } d && SearchCriteria.PublicationDays.Contains(d) ? d : null,
            Salaire = q.SalaireMin is { } s && q.PeriodeSalaire == SalaryPeriod.Mensuel ? (int)s : null,
            Temps = q.TempsPlein switch { true => "plein", false => "partiel", _ => null },
            Tri = q.Sort switch
            {
                SearchSort.Relevance when q.Keywords.Count > 0 => "pertinence",
                SearchSort.Distance when commune is not null => "distance",
                _ => "date",
            },
            Page = index % 5 == 4 ? 2 + index / 5 % 4 : 1,
        };
        return criteria.Url();
    }
}
