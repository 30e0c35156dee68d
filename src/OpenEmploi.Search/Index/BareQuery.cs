using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Index;

/// <summary>
/// The bare call ("the most recent offers", every facet over everything) is the most frequent
/// query and the only one that must visit every document. Its answer depends only on the
/// snapshot, so each snapshot computes it once, on first use, and slices it afterwards.
/// </summary>
internal static class BareQuery
{
    public const int MaxWindow = 3150;

    public static readonly FacetKind[] AllFacets = Enum.GetValues<FacetKind>();

    /// <summary>
    /// True when the query filters nothing: then every order reduces to the same one (score 0,
    /// no distance), creation date descending then id.
    /// </summary>
    public static bool Applies(SearchQuery q) =>
        q.Keywords.Count == 0 && q.CodesRome.Count == 0 && q.Appellation is null && q.Domaine is null
        && q.GrandDomaine is null && q.SecteursActivite.Count == 0 && q.CodesNaf.Count == 0 && q.Experience is null
        && q.ExperienceExigence is null && q.TypesContrat.Count == 0 && q.NaturesContrat.Count == 0
        && q.OrigineOffre is null && q.Partenaires.Count == 0 && q.Qualification is null && q.TempsPlein is null
        && !q.DureeHebdoNonPrecisee && q.DureeHebdoMinMinutes is null && q.DureeHebdoMaxMinutes is null
        && q.DureeContratMinMois is null && q.DureeContratMaxMois is null && q.Communes.Count == 0
        && q.Departements.Count == 0 && q.Region is null && q.NiveauFormation is null && q.Permis is null
        && q.SalaireMin is null && q.PublieeDepuisJours is null && q.MinCreationDate is null
        && q.MaxCreationDate is null && q.AccesTravailleurHandicape is null && q.OffresManqueCandidats is null
        && q.EntreprisesAdaptees is null && q.EmployeursHandiEngages is null && q.Alternance is null
        && q.Themes.Count == 0 && q.PaysContinent is null && q.OffresMrs != true
        && q.End < MaxWindow;

    public static SearchResult Slice(SearchResult all, SearchQuery q)
    {
        var ids = new List<string>(Math.Max(0, Math.Min(q.End, all.Ids.Count - 1) - q.Start + 1));
        for (var i = Math.Max(0, q.Start); i <= q.End && i < all.Ids.Count; i++)
            ids.Add(all.Ids[i]);
        var facets = new List<FacetCounts>(q.Facets.Count);
        foreach (var kind in q.Facets)
            facets.Add(all.Facets[(int)kind]);
        return new SearchResult(ids, all.Total, facets);
    }
}
