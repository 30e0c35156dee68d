using System.Globalization;
using OpenEmploi.Search.Facts;
using OpenEmploi.Search.Query;
using static OpenEmploi.Search.Tests.Index.TestIndexes;

namespace OpenEmploi.Search.Tests.Index;

/// <summary>
/// Random queries over 5,000 generated offers: total, every facet and (without keywords) the
/// window's order equal what brute force computes from the facts, whether the base keeps the
/// order the offers came in or the place order a node's start-up build gives it.
/// </summary>
public sealed class FacetPropertyTests
{
    private static readonly FacetKind[] AllFacets = Enum.GetValues<FacetKind>();

    // The facet sets of FacetTally's paths: every facet (the four combined ones through
    // FacetCombos, the others on their columns), the offers API's four alone (the combined
    // column only, no buffering), and a repeated kind beside a plain one.
    private static readonly FacetKind[][] FacetSets =
    [
        AllFacets,
        [FacetKind.TypeContrat, FacetKind.Experience, FacetKind.Qualification, FacetKind.NatureContrat],
        [FacetKind.Qualification, FacetKind.Region, FacetKind.Qualification, FacetKind.TypeContrat],
    ];

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 0)]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public void Random_queries_match_brute_force(bool placeOrdered, int facetSet)
    {
        var offers = GeneratedCorpus.Facts5000;
        var index = placeOrdered ? BuildPlaceOrdered(offers) : Build(offers);
        var brute = new BruteForce(offers);
        var random = new Random(20260302);
        var nonEmpty = 0;
        var facets = FacetSets[facetSet];
        for (var i = 0; i < 200; i++)
        {
            var query = RandomQuery(random, offers) with { Facets = facets };
            var result = index.Search(query, T0);
            var expected = brute.Matches(query, T0);
            nonEmpty += expected.Count > 0 ? 1 : 0;
            Assert.True(expected.Count == result.Total, $"query {i}: {query} expected {expected.Count}, got {result.Total}");
            for (var f = 0; f < facets.Length; f++)
                Assert.Equal(ExpectedFacet(expected, facets[f]), Render(result.Facets[f]));
            if (query.Keywords.Count == 0)
                Assert.Equal(ExpectedWindow(expected, query), result.Ids);
            else
                Assert.Subset(expected.Select(e => e.Offre.Id).ToHashSet(), result.Ids.ToHashSet());
        }
        // The generator of queries must not degenerate into empty results.
        Assert.True(nonEmpty > 120, $"only {nonEmpty} queries matched anything");
    }

    [Fact]
    public void The_place_order_changes_no_result_keywords_included()
    {
        var offers = GeneratedCorpus.Facts5000;
        var asBuilt = Build(offers);
        var placeOrdered = BuildPlaceOrdered(offers);
        var random = new Random(20261129);
        var keywords = 0;
        for (var i = 0; i < 300; i++)
        {
            var query = RandomQuery(random, offers) with { Facets = AllFacets };
            if (i % 2 == 0)
            {
                var title = offers[random.Next(offers.Count)].Titre.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                query = query with { Keywords = [title[random.Next(title.Length)]] };
                keywords++;
            }
            var expected = asBuilt.Search(query, T0);
            var actual = placeOrdered.Search(query, T0);
            Assert.True(expected.Total == actual.Total, $"query {i}: {query}");
            Assert.Equal(expected.Ids, actual.Ids);
            for (var f = 0; f < AllFacets.Length; f++)
                Assert.Equal(Render(expected.Facets[f]), Render(actual.Facets[f]));
        }
        Assert.Equal(150, keywords);
    }

    private static List<string> ExpectedWindow(List<(OffreFacts Offre, double Distance)> matches, SearchQuery q)
    {
        // Without keywords every score is 0: the orders reduce to these.
        IEnumerable<(OffreFacts Offre, double Distance)> ordered = q.Sort == SearchSort.Date
            ? matches.OrderByDescending(m => m.Offre.DateCreation).ThenBy(m => m.Distance)
            : matches.OrderBy(m => m.Distance).ThenByDescending(m => m.Offre.DateCreation);
        ordered = ((IOrderedEnumerable<(OffreFacts Offre, double Distance)>)ordered).ThenBy(m => m.Offre.Id, StringComparer.Ordinal);
        return [.. ordered.Skip(q.Start).Take(q.End - q.Start + 1).Select(m => m.Offre.Id)];
    }

    private static List<string> ExpectedFacet(List<(OffreFacts Offre, double Distance)> matches, FacetKind kind) =>
        [.. matches
            .Select(m => BruteForce.FacetValue(m.Offre, kind))
            .Where(v => v is not null)
            .GroupBy(v => v!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}={g.Count()}")];

    private static List<string> Render(FacetCounts facet) => [.. facet.Values.Select(v => $"{v.Value}={v.Count}")];

    /// <summary>One to three filters with values taken from random offers, so that most queries match something.</summary>
    private static SearchQuery RandomQuery(Random r, List<OffreFacts> offers)
    {
        var q = new SearchQuery
        {
            Sort = (SearchSort)r.Next(3),
            Start = r.Next(3) == 0 ? 0 : r.Next(40),
        };
        q = q with { End = q.Start + r.Next(1, 30) };
        var filters = r.Next(1, 4);
        for (var i = 0; i < filters; i++)
        {
            var o = offers[r.Next(offers.Count)];
            q = r.Next(29) switch
            {
                0 => q with { TypesContrat = [o.TypeContrat ?? "CDI"] },
                1 => q with { NaturesContrat = [o.NatureContrat ?? "E1"], TypesContrat = r.Next(2) == 0 ? ["MIS"] : [] },
                2 => q with { CodesRome = [o.RomeCode ?? "M1805", offers[r.Next(offers.Count)].RomeCode ?? "K2204"] },
                3 => q with { Domaine = o.Domaine },
                4 => q with { GrandDomaine = r.Next(2) == 0 ? o.GrandDomaine : o.Domaine },
                5 => q with { SecteursActivite = o.SecteurActivite is { } s ? [s] : [] },
                6 => q with { Experience = (ExperienceBand)r.Next(4), ExperienceExigence = r.Next(2) == 0 ? o.ExperienceExige : null },
                7 => q with { OrigineOffre = r.Next(1, 3) },
                8 => q with { Partenaires = [o.Source], PartenairesExclus = r.Next(2) == 0 },
                9 => q with { Qualification = r.Next(2) == 0 ? 0 : 9 },
                10 => q with { TempsPlein = r.Next(2) == 0 },
                11 => q with { DureeHebdoMinMinutes = 60 * r.Next(10, 30), DureeHebdoMaxMinutes = r.Next(2) == 0 ? 60 * r.Next(30, 40) : null },
                12 => q with { DureeContratMinMois = r.Next(0, 6), DureeContratMaxMois = r.Next(6, 24) },
                13 or 14 => q with
                {
                    Communes = o.Commune is { } c ? [c] : ["75056"],
                    DistanceKm = new[] { 0, 5, 10, 30, 80 }[r.Next(5)],
                },
                15 => q with { Departements = o.Departement is { } d ? [d] : ["69"], InclureLimitrophes = r.Next(2) == 0 },
                16 => q with { Region = o.Region },
                17 => q with
                {
                    SalaireMin = new[] { 12m, 1500m, 2000m, 2500m, 30000m, 150m }[r.Next(6)],
                    PeriodeSalaire = (SalaryPeriod)r.Next(4),
                },
                18 => q with { PublieeDepuisJours = new[] { 1, 3, 7, 14, 31 }[r.Next(5)] },
                19 => q with { MinCreationDate = T0.AddDays(-r.Next(60)), MaxCreationDate = r.Next(2) == 0 ? T0.AddDays(-r.Next(10)) : null },
                20 => q with { AccesTravailleurHandicape = r.Next(2) == 0, Alternance = r.Next(3) == 0 ? r.Next(2) == 0 : null },
                21 => q with { EntreprisesAdaptees = true, EmployeursHandiEngages = r.Next(2) == 0 ? true : null },
                22 => q with { NiveauFormation = o.NiveauxFormation.Count > 0 ? o.NiveauxFormation[0] : null, Permis = o.Permis.Count > 0 ? o.Permis[0] : null },
                23 => q with { DureeHebdoNonPrecisee = true },
                24 => q with { OffresManqueCandidats = r.Next(2) == 0, CodesNaf = o.CodeNaf is { } n ? [n] : [] },
                25 => q with { Themes = [.. Data.Listes.Themes.Where(t => t.Domaines.Contains(o.Domaine ?? "?")).Take(1).Select(t => t.Code), r.Next(1, 23).ToString("00", CultureInfo.InvariantCulture)] },
                26 => q with { PaysContinent = new[] { "01", "EUR", "ASI", "11" }[r.Next(4)] },
                27 => q with { OffresMrs = r.Next(4) == 0 },
                _ => q with { Keywords = [Word(o, r)] },
            };
        }
        return q;
    }

    private static string Word(OffreFacts o, Random r)
    {
        var words = o.Titre.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToArray();
        return words.Length == 0 ? "vente" : words[r.Next(words.Length)];
    }
}
