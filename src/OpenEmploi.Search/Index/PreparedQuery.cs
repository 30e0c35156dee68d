using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Geo;
using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Index;

/// <summary>One keyword after analysis: all its terms must match, or the offer's ROME code be a synonym.</summary>
internal sealed record PreparedKeyword(string[] Terms, IReadOnlyList<string> SynonymRomes);

/// <summary>A query commune: its point for the radius (when known) and the commune codes it matches by itself.</summary>
internal sealed record QueryPoint(double Latitude, double Longitude, bool HasPoint, GeoBox Box, string[] Communes);

/// <summary>
/// The segment-independent part of a query: keywords analysed, communes located, départements
/// widened, salary thresholds and date bounds computed once and applied to every segment.
/// </summary>
internal sealed class PreparedQuery
{
    public PreparedQuery(SearchQuery q, DateTime now, IndexContext context)
    {
        Query = q;
        Keywords = PrepareKeywords(q.Keywords, context);
        Points = PreparePoints(q.Communes, q.DistanceKm, context);
        Departements = PrepareDepartements(q, context);
        ThemeDomaines = PrepareThemes(q.Themes, context.Listes);
        RequiresFrance = q.PaysContinent is null ? null : CoversFrance(q.PaysContinent, context.Listes);
        SalaryThresholds = q.SalaireMin is { } min ? SalaryBands.Thresholds(min, q.PeriodeSalaire) : null;
        var from = long.MinValue;
        if (q.PublieeDepuisJours is { } days)
            from = Math.Max(from, now.Ticks - TimeSpan.FromDays(days).Ticks);
        if (q.MinCreationDate is { } minDate)
            from = Math.Max(from, minDate.Ticks);
        CreationFrom = from;
        CreationTo = q.MaxCreationDate?.Ticks ?? long.MaxValue;
        Radius = Math.Max(0, q.DistanceKm);
    }

    public SearchQuery Query { get; }

    public PreparedKeyword[] Keywords { get; }

    /// <summary>Null when the query names no commune.</summary>
    public QueryPoint[]? Points { get; }

    public double Radius { get; }

    public string[] Departements { get; }

    /// <summary>The domaines of the query's themes (empty when its themes are unknown); null without theme.</summary>
    public string[]? ThemeDomaines { get; }

    /// <summary>
    /// paysContinent: null without it; true when it covers France (France or Europe), so that
    /// offers must be placed in France; false when it covers only other countries, which no
    /// offer can be placed in (the geography referential is French).
    /// </summary>
    public bool? RequiresFrance { get; }

    /// <summary>By offer period code (<see cref="SalaryBands"/>); null without salaireMin.</summary>
    public double[]? SalaryThresholds { get; }

    public long CreationFrom { get; }

    public long CreationTo { get; }

    private static PreparedKeyword[] PrepareKeywords(IReadOnlyList<string> keywords, IndexContext context)
    {
        var prepared = new List<PreparedKeyword>(keywords.Count);
        foreach (var keyword in keywords)
        {
            var terms = new List<string>();
            context.Analyzer.Analyze(keyword, (term, _) =>
            {
                var s = term.ToString();
                if (!terms.Contains(s))
                    terms.Add(s);
            });
            // A keyword made only of stop words constrains nothing (ours): dropping it is what a
            // user typing "de" expects, rather than no result at all.
            if (terms.Count == 0)
                continue;
            var synonyms = context.Synonyms?.RomeCodesFor(terms) ?? [];
            prepared.Add(new PreparedKeyword([.. terms], synonyms));
        }
        return [.. prepared];
    }

    private static QueryPoint[]? PreparePoints(IReadOnlyList<string> communes, double distanceKm, IndexContext context)
    {
        if (communes.Count == 0)
            return null;
        var geo = context.Geographie;
        var points = new QueryPoint[communes.Count];
        for (var i = 0; i < communes.Count; i++)
        {
            var code = communes[i];
            // Paris, Lyon and Marseille: the city code stands for the city and all its
            // arrondissements; an arrondissement code stands for itself (FT's behaviour).
            var arrondissements = geo.ArrondissementsOf(code);
            var matched = new string[arrondissements.Count + 1];
            matched[0] = code;
            for (var a = 0; a < arrondissements.Count; a++)
                matched[a + 1] = arrondissements[a].CodeInsee;
            var commune = geo.CommuneByInsee(code);
            var hasPoint = commune?.Latitude is not null && commune.Longitude is not null;
            var lat = hasPoint ? commune!.Latitude!.Value : double.NaN;
            var lon = hasPoint ? commune!.Longitude!.Value : double.NaN;
            var box = hasPoint ? GeoBox.Around(lat, lon, Math.Max(0, distanceKm)) : default;
            points[i] = new QueryPoint(lat, lon, hasPoint, box, matched);
        }
        return points;
    }

    private static string[]? PrepareThemes(IReadOnlyList<string> themes, CodeLists listes)
    {
        if (themes.Count == 0)
            return null;
        var domaines = new List<string>();
        foreach (var code in themes)
        {
            foreach (var domaine in listes.Theme(code)?.Domaines ?? [])
            {
                if (!domaines.Contains(domaine))
                    domaines.Add(domaine);
            }
        }
        return [.. domaines];
    }

    private static bool CoversFrance(string paysContinent, CodeLists listes)
    {
        foreach (var pays in listes.PaysCoveredBy(paysContinent))
        {
            if (pays.Code == CodeLists.CodePaysFrance)
                return true;
        }
        return false;
    }

    private static string[] PrepareDepartements(SearchQuery q, IndexContext context)
    {
        if (q.Departements.Count == 0)
            return [];
        var set = new List<string>();
        foreach (var d in q.Departements)
        {
            if (!set.Contains(d))
                set.Add(d);
            if (!q.InclureLimitrophes)
                continue;
            foreach (var n in context.Geographie.NeighboursOf(d))
            {
                if (!set.Contains(n.Code))
                    set.Add(n.Code);
            }
        }
        return [.. set];
    }
}
