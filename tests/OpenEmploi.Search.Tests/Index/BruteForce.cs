using System.Globalization;
using OpenEmploi.Search.Analysis;
using OpenEmploi.Search.Facts;
using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Tests.Index;

/// <summary>
/// The expected answer of a query computed the slow, obvious way over the facts list, written
/// independently of the index (no shared code but the analyzer, the synonyms and the geography).
/// </summary>
internal sealed class BruteForce(IReadOnlyList<OffreFacts> offers)
{
    private readonly Dictionary<string, HashSet<string>> _terms = offers.ToDictionary(
        o => o.Id,
        o => new[] { o.Titre, o.Metier, o.Competences, o.Description }
            .SelectMany(FrenchAnalyzer.Instance.AnalyzeToList).ToHashSet(StringComparer.Ordinal));

    public List<(OffreFacts Offre, double Distance)> Matches(SearchQuery q, DateTime now) =>
        [.. offers.Select(o => (o, Match(o, q, now))).Where(m => m.Item2 is not null).Select(m => (m.o, m.Item2!.Value))];

    /// <summary>Null when the offer does not match; else its distance (infinity without communes or point).</summary>
    private double? Match(OffreFacts o, SearchQuery q, DateTime now)
    {
        bool In(IReadOnlyList<string> list, string? value) => list.Count == 0 || (value is not null && list.Contains(value));
        if (!In(q.CodesRome, o.RomeCode) || !In(q.SecteursActivite, o.SecteurActivite) || !In(q.CodesNaf, o.CodeNaf))
            return null;
        if (q.Appellation is not null && q.Appellation != o.AppellationCode)
            return null;
        if (q.Domaine is not null && q.Domaine != o.Domaine)
            return null;
        if (q.Themes.Count > 0 && !q.Themes.Any(t => TestIndexes.Data.Listes.Theme(t)?.Domaines.Contains(o.Domaine ?? "?") == true))
            return null;
        // Offers are placed in France or nowhere: a country filter is met only by France.
        if (q.PaysContinent is not null && !(o.EnFrance && TestIndexes.Data.Listes.PaysCoveredBy(q.PaysContinent).Any(p => p.Code == "01")))
            return null;
        if (q.OffresMrs == true)
            return null;
        if (q.GrandDomaine is not null && q.GrandDomaine != (q.GrandDomaine.Length == 1 ? o.GrandDomaine : o.Domaine))
            return null;
        if (q.TypesContrat.Count + q.NaturesContrat.Count > 0
            && !(q.TypesContrat.Contains(o.TypeContrat ?? "?") || q.NaturesContrat.Contains(o.NatureContrat ?? "?")))
            return null;
        if (q.Experience is not null && q.Experience != o.Experience)
            return null;
        if (q.ExperienceExigence is not null && q.ExperienceExigence != o.ExperienceExige)
            return null;
        if (q.OrigineOffre is not null && q.OrigineOffre != o.Origine)
            return null;
        if (q.Partenaires.Count > 0 && q.Partenaires.Contains(o.Source) == q.PartenairesExclus)
            return null;
        if (q.Qualification == 0 && o.QualificationCode is not (>= 1 and <= 8))
            return null;
        if (q.Qualification == 9 && o.QualificationCode != 9)
            return null;
        if (q.TempsPlein is not null && o.TempsPlein != q.TempsPlein)
            return null;
        if (q.DureeHebdoNonPrecisee && o.TempsPlein is not null)
            return null;
        if ((q.DureeHebdoMinMinutes is not null || q.DureeHebdoMaxMinutes is not null)
            && (o.DureeHebdoMinutes is not { } m || m < (q.DureeHebdoMinMinutes ?? int.MinValue) || m > (q.DureeHebdoMaxMinutes ?? int.MaxValue)))
            return null;
        if ((q.DureeContratMinMois is not null || q.DureeContratMaxMois is not null)
            && (o.DureeContratMois is not { } months || months < (q.DureeContratMinMois ?? decimal.MinValue) || months > (q.DureeContratMaxMois ?? decimal.MaxValue)))
            return null;
        var departements = q.Departements.ToList();
        if (q.InclureLimitrophes)
            departements.AddRange(q.Departements.SelectMany(d => TestIndexes.Data.Geographie.NeighboursOf(d).Select(n => n.Code)));
        if (!In(departements, o.Departement))
            return null;
        if (q.Region is not null && q.Region != o.Region)
            return null;
        if (q.NiveauFormation is not null && !o.NiveauxFormation.Contains(q.NiveauFormation))
            return null;
        if (q.Permis is not null && !o.Permis.Contains(q.Permis))
            return null;
        if (q.SalaireMin is { } min && !SalaryReaches(o, min, q.PeriodeSalaire))
            return null;
        if (q.PublieeDepuisJours is { } days && o.DateCreation < now.AddDays(-days))
            return null;
        if (o.DateCreation < (q.MinCreationDate ?? DateTime.MinValue) || o.DateCreation > (q.MaxCreationDate ?? DateTime.MaxValue))
            return null;
        if (!Flag(q.AccesTravailleurHandicape, o.AccessibleTH) || !Flag(q.OffresManqueCandidats, o.OffresManqueCandidats) || !Flag(q.Alternance, o.Alternance))
            return null;
        if (q.EntreprisesAdaptees == true && q.EmployeursHandiEngages == true)
        {
            if (!o.EntrepriseAdaptee && !o.EmployeurHandiEngage)
                return null;
        }
        else if (!Flag(q.EntreprisesAdaptees, o.EntrepriseAdaptee) || !Flag(q.EmployeursHandiEngages, o.EmployeurHandiEngage))
        {
            return null;
        }
        foreach (var keyword in q.Keywords)
        {
            var terms = FrenchAnalyzer.Instance.AnalyzeToList(keyword).Distinct().ToList();
            if (terms.Count == 0)
                continue;
            var synonyms = TestIndexes.Context.Synonyms!.RomeCodesFor(terms);
            if (!terms.All(_terms[o.Id].Contains) && !(o.RomeCode is not null && synonyms.Contains(o.RomeCode)))
                return null;
        }
        return Geo(o, q);
    }

    private static double? Geo(OffreFacts o, SearchQuery q)
    {
        if (q.Communes.Count == 0)
            return double.PositiveInfinity;
        var geo = TestIndexes.Data.Geographie;
        var matched = false;
        var best = double.PositiveInfinity;
        foreach (var code in q.Communes)
        {
            if (o.Commune == code || geo.ArrondissementsOf(code).Any(a => a.CodeInsee == o.Commune))
                matched = true;
            if (geo.CommuneByInsee(code) is { Latitude: { } lat, Longitude: { } lon } && o.Latitude is { } la && o.Longitude is { } lo)
            {
                var km = Haversine(lat, lon, la, lo);
                best = Math.Min(best, km);
                if (q.DistanceKm > 0 && km <= q.DistanceKm)
                    matched = true;
            }
        }
        return matched ? best : null;
    }

    public static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = Math.PI / 180;
        var a = Math.Pow(Math.Sin((lat2 - lat1) * r / 2), 2) + (Math.Cos(lat1 * r) * Math.Cos(lat2 * r) * Math.Pow(Math.Sin((lon2 - lon1) * r / 2), 2));
        return 2 * 6371.0088 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static bool Flag(bool? wanted, bool value) => wanted is null || wanted == value;

    private static decimal? Monthly(SalaryPeriod period, decimal amount) => period switch
    {
        SalaryPeriod.Mensuel => amount,
        SalaryPeriod.Annuel => amount / 12,
        SalaryPeriod.Horaire => amount * 151.67m,
        _ => null,
    };

    private static bool SalaryReaches(OffreFacts o, decimal min, SalaryPeriod period)
    {
        if (o.SalairePeriode is not { } offerPeriod || (o.SalaireMax ?? o.SalaireMin) is not { } amount)
            return false;
        if (offerPeriod == SalaryPeriod.Cachet || period == SalaryPeriod.Cachet)
            return offerPeriod == period && amount >= min;
        var converted = period switch
        {
            SalaryPeriod.Mensuel => Monthly(offerPeriod, amount)!.Value,
            SalaryPeriod.Annuel => Monthly(offerPeriod, amount)!.Value * 12,
            _ => Monthly(offerPeriod, amount)!.Value / 151.67m,
        };
        return converted >= min;
    }

    public static string? FacetValue(OffreFacts o, FacetKind kind) => kind switch
    {
        FacetKind.TypeContrat => o.TypeContrat,
        FacetKind.Experience => ((int)o.Experience).ToString(CultureInfo.InvariantCulture),
        FacetKind.Qualification => o.QualificationCode switch { >= 1 and <= 8 => "0", 9 => "9", _ => null },
        FacetKind.NatureContrat => o.NatureContrat,
        FacetKind.Departement => o.Departement,
        FacetKind.Region => o.Region,
        FacetKind.CodeRome => o.RomeCode,
        FacetKind.Domaine => o.Domaine,
        FacetKind.SecteurActivite => o.SecteurActivite,
        FacetKind.SalaryBand => Band(o),
        FacetKind.TempsPlein => o.TempsPlein switch { true => "plein", false => "partiel", null => "non précisé" },
        FacetKind.Alternance => o.Alternance ? "oui" : "non",
        _ => null,
    };

    private static string Band(OffreFacts o)
    {
        if (o.SalairePeriode is not { } p || (o.SalaireMax ?? o.SalaireMin) is not { } amount || Monthly(p, amount) is not { } m)
            return "non précisé";
        return m < 1800 ? "<1800" : m < 2000 ? "1800-2000" : m < 2500 ? "2000-2500" : m < 3000 ? "2500-3000" : m < 4000 ? "3000-4000" : "4000+";
    }
}
