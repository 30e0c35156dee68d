using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Query;
using OpenEmploi.Web.Features.Search;

namespace OpenEmploi.Web.Features.PortalSearch;

/// <summary>
/// Offers like this one, from the index: the same ROME job within <see cref="RadiusKm"/> of its
/// commune (or in its département when it has no commune), the most recent first, itself left out.
/// </summary>
public sealed class SimilarOffers(SearchIndexHolder index, ReferenceData data, TimeProvider time)
{
    public const int Count = 5;
    public const double RadiusKm = 30;

    public IReadOnlyList<string> Find(Offre offre)
    {
        if (offre.RomeCode is not { Length: > 0 } rome || data.Rome.MetierByCode(rome) is null || !index.IsReady)
            return [];
        var query = new SearchQuery { CodesRome = [rome], Sort = SearchSort.Date, Start = 0, End = Count };
        if (offre.LieuTravail?.Commune is { Length: > 0 } commune && data.Geographie.CommuneByInsee(commune) is not null)
            query = query with { Communes = [commune], DistanceKm = RadiusKm };
        else if (DepartementOf(offre.LieuTravail?.Libelle) is { } departement)
            query = query with { Departements = [departement] };
        var result = index.Engine.Search(query, time.GetUtcNow().UtcDateTime);
        return [.. result.Ids.Where(id => id != offre.Id).Take(Count)];
    }

    // A place without commune reads "33 - Gironde".
    private string? DepartementOf(string? libelle)
    {
        var dash = libelle?.IndexOf(" - ", StringComparison.Ordinal) ?? -1;
        return dash is 2 or 3 && data.Geographie.DepartementByCode(libelle![..dash]) is not null ? libelle[..dash] : null;
    }
}
