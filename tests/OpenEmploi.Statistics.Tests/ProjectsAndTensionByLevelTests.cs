using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;
using static OpenEmploi.Statistics.Tests.TestData;

namespace OpenEmploi.Statistics.Tests;

/// <summary>
/// Recruitment projects (BMO_1) and tension (PERSP_2) by département, région and EPCI, on a year
/// written by hand. Zones d'emploi: 8416 lies mostly in Haute-Savoie (74) and partly in the Ain
/// (01); 8405 mostly in the Ain; 8421 (Lyon) and 8434 mostly in the Rhône (69).
/// </summary>
public sealed class ProjectsAndTensionByLevelTests
{
    private static readonly StatPeriod Year = StatPeriod.OfYear(2026);

    private static InMemoryStatisticsInputs Survey()
    {
        var inputs = new InMemoryStatisticsInputs();
        inputs.Projects.AddRange([
            new RecruitmentProjects(2026, "8416", "M1805", 40, 12, 5),
            new RecruitmentProjects(2026, "8405", "M1805", 50, 30, 10),
            new RecruitmentProjects(2026, "8421", "M1805", 100, 45, 20),
            new RecruitmentProjects(2026, "8434", "K2111", 35, 7, 0),
        ]);
        return inputs;
    }

    [Fact]
    public async Task Projects_count_in_the_departement_and_region_holding_most_of_their_zone()
    {
        var cells = await Engine().ComputeAsync(Survey(), Year);

        Assert.Equal(40, Cell(cells, "BMO_1", TerritoryLevel.ZoneEmploi, "8416", "TOUS", "ROME", "M1805").Value);
        // Zone 8416 counts in Haute-Savoie, not in the Ain where a third of its people live.
        Assert.Equal(40, Cell(cells, "BMO_1", TerritoryLevel.Departement, "74", "TOUS", "ROME", "M1805").Value);
        Assert.Equal(50, Cell(cells, "BMO_1", TerritoryLevel.Departement, "01", "TOUS", "ROME", "M1805").Value);
        Assert.Equal(135, Cell(cells, "BMO_1", TerritoryLevel.Departement, "69", "TOUS").Value);
        Assert.Equal(190, Cell(cells, "BMO_1", TerritoryLevel.Region, "84", "TOUS", "ROME", "M1805").Value);
        Assert.Equal(225, Cell(cells, "BMO_1", TerritoryLevel.Region, "84", "TOUS").Value);
        Assert.Equal(225, Cell(cells, "BMO_1", TerritoryLevel.Nation, "FR", "TOUS").Value);
        Assert.Equal(190, Cell(cells, "BMO_1", TerritoryLevel.Region, "84", "TOUS", "DOMAINE", "M18").Value);
        // Shares on 30 projects or more: the Ain's 30 difficult of 50.
        var difficult = Cell(cells, "BMO_1", TerritoryLevel.Departement, "01", "TOUS", "ROME", "M1805", "DIFFICULTE", "DIFFICILE");
        Assert.Equal((30.0, 60.0), (difficult.Value!.Value, difficult.Percentage!.Value));
        Assert.Null(Find(cells, "BMO_1", TerritoryLevel.Departement, "38", "TOUS"));
        Assert.DoesNotContain(cells, c => c.Indicator == "BMO_1" && c.TerritoryLevel is TerritoryLevel.Commune);
    }

    [Fact]
    public async Task An_epci_gets_the_projects_of_its_zones_in_proportion_of_the_people_it_holds_there()
    {
        var cells = await Engine().ComputeAsync(Survey(), Year);

        // Zone 8421 (Lyon): 1,904,807 people (communes.csv), 1,436,354 of them in the Métropole de
        // Lyon (200046977): 100 × 0.75407 = 75.4 projects, 45 × 0.75407 = 33.9 difficult (45 %).
        var metropole = Cell(cells, "BMO_1", TerritoryLevel.Epci, "200046977", "TOUS", "ROME", "M1805");
        Assert.Equal(75, metropole.Value);
        var difficult = Cell(cells, "BMO_1", TerritoryLevel.Epci, "200046977", "TOUS", "ROME", "M1805", "DIFFICULTE", "DIFFICILE");
        Assert.Equal((34.0, 45.0), (difficult.Value!.Value, difficult.Percentage!.Value));
        Assert.Equal(75, Cell(cells, "BMO_1", TerritoryLevel.Epci, "200046977", "TOUS").Value);
        // The CC de la Dombes (200069193) straddles three zones: 7,668 of 8421's people (0.40 of its
        // 100 projects), 29,158 of 8405's 267,970 (5.44 of 50) and 4,115 of 8434's 187,204 (0.77 of
        // 35, K2111): 5.84 → 6 for M1805, 6.61 → 7 in all; too few for a share.
        Assert.Equal(6, Cell(cells, "BMO_1", TerritoryLevel.Epci, "200069193", "TOUS", "ROME", "M1805").Value);
        Assert.Equal(7, Cell(cells, "BMO_1", TerritoryLevel.Epci, "200069193", "TOUS").Value);
        Assert.Null(Cell(cells, "BMO_1", TerritoryLevel.Epci, "200069193", "TOUS", characteristicType: "DIFFICULTE", characteristic: "DIFFICILE").Percentage);
        // Estimates are added to nothing: départements, régions and France keep the zones' sums.
        Assert.Equal(225, Cell(cells, "BMO_1", TerritoryLevel.Nation, "FR", "TOUS").Value);
        // An EPCI outside the surveyed zones has no projects.
        Assert.Null(Find(cells, "BMO_1", TerritoryLevel.Epci, "200054807", "TOUS"));
    }

    [Fact]
    public async Task An_epci_estimate_that_rounds_to_no_project_is_not_published()
    {
        var cells = await Engine().ComputeAsync(Survey(), Year);

        // The CC 200000172 holds 2,403 of zone 8416's 414,611 people: 40 × 0.0058 = 0.23 project.
        // Rounded, that would read "0 projects", which the survey does not say: no row at all.
        Assert.Null(Find(cells, "BMO_1", TerritoryLevel.Epci, "200000172", "TOUS"));
        Assert.Null(Find(cells, "BMO_1", TerritoryLevel.Epci, "200000172", "TOUS", "ROME", "M1805"));
        // The CC de la Dombes gets 0.77 of zone 8434's 35 K2111 projects (→ 1), of which 7 × 0.022
        // = 0.15 difficult: the project is published, its difficult part (→ 0) is not; its
        // non-difficult part (0.62 → 1) is.
        Assert.Equal(1, Cell(cells, "BMO_1", TerritoryLevel.Epci, "200069193", "TOUS", "ROME", "K2111").Value);
        Assert.Null(Find(cells, "BMO_1", TerritoryLevel.Epci, "200069193", "TOUS", "ROME", "K2111", "DIFFICULTE", "DIFFICILE"));
        Assert.Equal(1, Cell(cells, "BMO_1", TerritoryLevel.Epci, "200069193", "TOUS", "ROME", "K2111", "DIFFICULTE", "NON_DIFFICILE").Value);
        Assert.DoesNotContain(cells, c => c.Indicator == "BMO_1" && c.TerritoryLevel == TerritoryLevel.Epci && c.Value == 0);
        // Surveyed counts are never dropped: a zone's, département's… 0 seasonal would stay (none is
        // 0 here, as exact zeros are absent), and the zone of the dropped estimate keeps its 40.
        Assert.Equal(40, Cell(cells, "BMO_1", TerritoryLevel.ZoneEmploi, "8416", "TOUS").Value);
    }

    [Fact]
    public async Task An_epci_known_only_by_an_estimate_that_rounds_to_no_project_keeps_its_masked_tension_cells()
    {
        var cells = await Engine().ComputeAsync(Survey(), Year);

        // The CC 200000172's 0.23 project of M1805 is not published (above), but it is all the
        // tension knows of that EPCI and métier: its tension cells are there, masked under the
        // floor, as for any territory with projects. Dropping the estimate before the disclosure
        // table (where the tension reads it) would take them away.
        Assert.Null(Find(cells, "BMO_1", TerritoryLevel.Epci, "200000172", "TOUS", "ROME", "M1805"));
        var tension = Cell(cells, "PERSP_2", TerritoryLevel.Epci, "200000172", "TENSION", "ROME", "M1805");
        Assert.Equal(MaskReason.BelowPublicationFloor, tension.Mask);
        Assert.Null(tension.Value);
    }

    [Fact]
    public async Task Tension_is_published_by_departement_and_region_above_the_floor()
    {
        var inputs = Survey();
        // The Rhône: 40 offers and 35 category-A registrations for M1805 in Lyon; the Ain: 10 offers.
        for (var i = 0; i < 40; i++)
        {
            inputs.Offers.Add(new RegisteredOffer($"L{i:D3}", new DateOnly(2026, 3, 1).AddDays(i), "M1805", "62.01Z", "69123", "69",
                i < 30 ? "CDI" : "CDD", i < 30, true, OfferOrigin.Employer));
        }
        for (var i = 0; i < 10; i++)
            inputs.Offers.Add(new RegisteredOffer($"B{i:D3}", new DateOnly(2026, 4, 1), "M1805", "62.01Z", "01053", "01", "CDI", true, true, OfferOrigin.Employer));
        inputs.Episodes.AddRange(Seekers(35, "69123", registered: new DateOnly(2026, 2, 1)));

        var cells = await Engine().ComputeAsync(inputs, Year);

        PublishedCell Tension(TerritoryLevel level, string code) => Cell(cells, "PERSP_2", level, code, "TENSION", "ROME", "M1805");
        // The Rhône meets the floor (40 offers, 100 projects, 35 registrations), and so do the région and France.
        Assert.InRange(Tension(TerritoryLevel.Departement, "69").Value!.Value, 1, 5);
        Assert.InRange(Tension(TerritoryLevel.Region, "84").Value!.Value, 1, 5);
        Assert.InRange(Tension(TerritoryLevel.Nation, "FR").Value!.Value, 1, 5);
        // The Ain (10 offers, no registrations) and Haute-Savoie (no offers) do not.
        Assert.Equal(MaskReason.BelowPublicationFloor, Tension(TerritoryLevel.Departement, "01").Mask);
        Assert.Equal(MaskReason.BelowPublicationFloor, Tension(TerritoryLevel.Departement, "74").Mask);
        // Geographic mismatch of the région over its départements: offers 40 in the Rhône and 10 in
        // the Ain, job seekers all in the Rhône: ½ (|0.8 − 1| + |0.2 − 0|) = 0.2, the only value of
        // the reference distribution: band 1.
        Assert.Equal(1, Cell(cells, "PERSP_2", TerritoryLevel.Region, "84", "INADEQUATION_GEO", "ROME", "M1805").Value);
        // The Métropole de Lyon: 40 offers, 35 registrations and 75.4 estimated projects meet the
        // floor; its difficult share is its zone's (45 %), as the Rhône's is. The CC de la Dombes
        // (no offers, 5.8 projects) does not.
        Assert.InRange(Tension(TerritoryLevel.Epci, "200046977").Value!.Value, 1, 5);
        Assert.Equal(Cell(cells, "PERSP_2", TerritoryLevel.Departement, "69", "DIFFICULTE", "ROME", "M1805").Value,
            Cell(cells, "PERSP_2", TerritoryLevel.Epci, "200046977", "DIFFICULTE", "ROME", "M1805").Value);
        Assert.Equal(MaskReason.BelowPublicationFloor, Tension(TerritoryLevel.Epci, "200069193").Mask);
    }
}
