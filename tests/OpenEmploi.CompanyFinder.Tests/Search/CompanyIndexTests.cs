using OpenEmploi.CompanyFinder.Scoring;
using OpenEmploi.CompanyFinder.Search;

namespace OpenEmploi.CompanyFinder.Tests.Search;

public sealed class CompanyIndexTests
{
    // Lyon's centre, and places a few km apart along the meridian (1° of latitude ≈ 111 km).
    private const double Lat = 45.7640;
    private const double Lon = 4.8357;
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static ListedCompany Company(string siret, double kmNorth, double global, double waiterScore, string naf = "56.10A", string band = "12", bool partial = false) =>
        new(siret, "Entreprise " + siret, null, naf, band, "69123", Lat + (kmNorth / 111.195), Lon, partial, global,
            new Dictionary<string, double>(StringComparer.Ordinal) { ["G1803"] = waiterScore });

    private static CompanyIndex Index(IEnumerable<ListedCompany> companies, params CompanyControl[] controls) =>
        CompanyIndex.Build(companies, controls.ToDictionary(c => c.Siret, StringComparer.Ordinal), new ListingThresholds(OpenEmploi.CompanyFinder.Affinity.TensionShares.None));

    private static CompanyQuery Waiters(double radius = 10, DateOnly? day = null) => new(["G1803"], Lat, Lon, radius, day ?? Today) { PageSize = 100 };

    [Fact]
    public void Only_companies_within_the_radius_and_above_the_thresholds_are_found()
    {
        var index = Index(
        [
            Company("10000000000001", 2, 70, 60),
            Company("10000000000002", 9, 70, 60),
            Company("10000000000003", 11, 70, 60),   // outside 10 km
            Company("10000000000004", 1, 45, 60),    // global score below 50
            Company("10000000000005", 1, 70, 15),    // occupation score below 20
        ]);

        var page = index.Search(Waiters() with { Sort = CompanySort.Distance });

        Assert.Equal(["10000000000001", "10000000000002"], page.Hits.Select(h => h.Company.Siret));
        Assert.Equal(2.0, page.Hits[0].DistanceKm!.Value, 1);
        Assert.Equal(HiringScore.Stars(60), page.Hits[0].Stars);
        Assert.Equal(3, index.Search(Waiters(12)).Total);
    }

    [Fact]
    public void Sorting_by_score_or_by_distance_and_paging()
    {
        var index = Index(Enumerable.Range(1, 25).Select(i => Company($"2000000000{i:0000}", i * 0.3, 60, 20 + (i * 3))));

        var byScore = index.Search(Waiters() with { Sort = CompanySort.Score, PageSize = 10, Page = 1 });
        var secondPage = index.Search(Waiters() with { Sort = CompanySort.Score, PageSize = 10, Page = 3 });
        var byDistance = index.Search(Waiters() with { Sort = CompanySort.Distance, PageSize = 10 });

        Assert.Equal(25, byScore.Total);
        Assert.Equal("20000000000025", byScore.Hits[0].Company.Siret);
        Assert.True(byScore.Hits.Zip(byScore.Hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.Equal(5, secondPage.Hits.Count);
        Assert.Equal("20000000000001", byDistance.Hits[0].Company.Siret);
        Assert.True(byDistance.Hits.Zip(byDistance.Hits.Skip(1)).All(p => p.First.DistanceKm <= p.Second.DistanceKm));
    }

    [Fact]
    public void The_default_order_puts_boosted_companies_first_then_shuffles_scores_by_day()
    {
        var companies = Enumerable.Range(1, 40).Select(i => Company($"3000000000{i:0000}", i * 0.2, 60, 50)).ToList();
        var boost = CompanyControl.None("30000000000040") with { BoostedRomes = ["G1803"] };
        var index = Index(companies, boost);

        var today = index.Search(Waiters());
        var againToday = index.Search(Waiters());
        var tomorrow = index.Search(Waiters(day: Today.AddDays(1)));

        Assert.Equal("30000000000040", today.Hits[0].Company.Siret);
        Assert.True(today.Hits[0].Boosted);
        Assert.Equal("30000000000040", tomorrow.Hits[0].Company.Siret);
        // Same day, same order; the next day, another order of the same companies.
        Assert.Equal(today.Hits.Select(h => h.Company.Siret), againToday.Hits.Select(h => h.Company.Siret));
        Assert.NotEqual(today.Hits.Select(h => h.Company.Siret), tomorrow.Hits.Select(h => h.Company.Siret));
        Assert.Equal(today.Hits.Select(h => h.Company.Siret).Order(), tomorrow.Hits.Select(h => h.Company.Siret).Order());
        // Equal scores: the order after the boosted company is the day's random factor.
        var expected = companies.Where(c => c.Siret != boost.Siret)
            .OrderByDescending(c => DailyShuffle.Factor(c.Siret, Today)).Select(c => c.Siret);
        Assert.Equal(expected, today.Hits.Skip(1).Select(h => h.Company.Siret));
    }

    [Fact]
    public void The_daily_factor_stays_within_its_bounds()
    {
        for (var i = 0; i < 1000; i++)
            Assert.InRange(DailyShuffle.Factor($"{i:00000000000000}", Today.AddDays(i % 7)), DailyShuffle.Low, DailyShuffle.High);
    }

    [Fact]
    public void An_opted_out_company_is_never_found_and_an_added_occupation_lists_it()
    {
        var index = Index(
            [Company("40000000000001", 1, 70, 60), Company("40000000000002", 1, 70, 5)],
            CompanyControl.None("40000000000001") with { OptOut = true },
            CompanyControl.None("40000000000002") with { AddedRomes = ["G1803", "D1507"] });

        var waiters = index.Search(Waiters());
        var cashiers = index.Search(new CompanyQuery(["D1507"], Lat, Lon, 10, Today));

        Assert.Equal(["40000000000002"], waiters.Hits.Select(h => h.Company.Siret));
        Assert.Equal(70, waiters.Hits[0].Score);   // listed at its global score
        Assert.Equal(["40000000000002"], cashiers.Hits.Select(h => h.Company.Siret));
    }

    [Fact]
    public void An_extra_place_lists_the_company_there_until_it_expires()
    {
        var marseille = new ExtraPlace("13055", 43.2965, 5.3698, Today);
        var index = Index([Company("50000000000001", 0, 70, 60)], CompanyControl.None("50000000000001") with { ExtraPlaces = [marseille] });
        var aroundMarseille = new CompanyQuery(["G1803"], 43.2965, 5.3698, 10, Today);

        var found = index.Search(aroundMarseille);
        var expired = index.Search(aroundMarseille with { Day = Today.AddDays(1) });

        Assert.Equal("13055", Assert.Single(found.Hits).PlaceCommune);
        Assert.Equal(0, expired.Total);
        Assert.Equal(1, index.Search(Waiters(day: Today.AddDays(1))).Total);
    }

    [Fact]
    public void Naf_and_headcount_filters()
    {
        var index = Index(
        [
            Company("60000000000001", 1, 70, 60, naf: "56.10A", band: "03"),
            Company("60000000000002", 1, 70, 60, naf: "55.10Z", band: "22"),
            Company("60000000000003", 1, 70, 60, naf: "56.30Z", band: "12"),
        ]);

        Assert.Equal(["60000000000001", "60000000000003"], index.Search(Waiters() with { Nafs = ["56"], Sort = CompanySort.Distance }).Hits.Select(h => h.Company.Siret).Order());
        Assert.Equal(["60000000000002", "60000000000003"], index.Search(Waiters() with { MinimumHeadcountBand = "12" }).Hits.Select(h => h.Company.Siret).Order());
        Assert.Equal(["60000000000001"], index.Search(Waiters() with { MaximumHeadcountBand = "11" }).Hits.Select(h => h.Company.Siret));
    }

    [Fact]
    public void A_search_by_departement_has_no_centre_and_no_distance()
    {
        var index = Index([Company("70000000000001", 1, 70, 60), Company("70000000000002", 150, 70, 60)]);

        var page = index.Search(new CompanyQuery(["G1803"], null, null, 200, Today) { Departements = new HashSet<string>(["69"]) });

        Assert.Equal(2, page.Total); // both placed in commune 69123
        Assert.All(page.Hits, h => Assert.Null(h.DistanceKm));
    }
}
