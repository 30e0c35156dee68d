using OpenEmploi.OpenData.RareCells;

namespace OpenEmploi.OpenData.Tests.RareCells;

/// <summary>The rare-cell rule on counted cells: each step of the generalisation, and where it stops.</summary>
public sealed class RareCellRuleTests
{
    private static readonly RareCellRule Rule = new(minimumOffers: 3);

    // Commune 69383 (Lyon 3e) in 69, région 84; 69001 a village of the same département; 01001 in 01, région 84.
    private static QuasiIdentifiers Lyon(string? sector) => new("69383", "69", "84", sector);

    private static QuasiIdentifiers Village(string? sector) => new("69001", "69", "84", sector);

    private static QuasiIdentifiers Ain(string? sector) => new("01001", "01", "84", sector);

    private static CellCounts Count(params QuasiIdentifiers[] offres)
    {
        var counts = new CellCounts();
        foreach (var offre in offres)
            counts.Add(offre);
        return counts;
    }

    [Fact]
    public void A_cell_of_k_offers_keeps_its_commune_and_its_sector()
    {
        var counts = Count(Lyon("56"), Lyon("56"), Lyon("56"));

        Assert.Equal(new PublishedCell(PlaceLevel.Commune, SectorWithheld: false, Generalised: false), Rule.Decide(Lyon("56"), counts));
    }

    [Fact]
    public void A_rare_commune_and_sector_goes_to_the_departement_when_the_departement_has_k_offers_of_the_sector()
    {
        var counts = Count(Village("56"), Lyon("56"), Lyon("56"), Lyon("56"));

        Assert.Equal(new PublishedCell(PlaceLevel.Departement, SectorWithheld: false, Generalised: true), Rule.Decide(Village("56"), counts));
        Assert.Equal(PlaceLevel.Commune, Rule.Decide(Lyon("56"), counts).Level);
    }

    [Fact]
    public void Still_rare_in_the_departement_it_goes_to_the_region()
    {
        var counts = Count(Village("56"), Ain("56"), Ain("56"));

        Assert.Equal(new PublishedCell(PlaceLevel.Region, SectorWithheld: false, Generalised: true), Rule.Decide(Village("56"), counts));
    }

    [Fact]
    public void Rare_even_in_the_region_the_sector_is_withheld_and_the_place_is_the_finest_with_k_offers_of_any_sector()
    {
        var counts = Count(Village("05"), Lyon("56"), Lyon("10"), Lyon("47"), Village("56"), Village("10"));

        Assert.Equal(new PublishedCell(PlaceLevel.Commune, SectorWithheld: true, Generalised: false), Rule.Decide(Village("05"), counts));
        // Alone in its commune too: its département.
        var alone = Count(Village("05"), Lyon("56"), Lyon("10"));
        Assert.Equal(new PublishedCell(PlaceLevel.Departement, SectorWithheld: true, Generalised: true), Rule.Decide(Village("05"), alone));
    }

    [Fact]
    public void The_region_always_stays_even_when_rare()
    {
        var counts = Count(Village("05"));

        Assert.Equal(new PublishedCell(PlaceLevel.Region, SectorWithheld: true, Generalised: true), Rule.Decide(Village("05"), counts));
    }

    [Fact]
    public void An_offer_without_sector_is_counted_with_every_offer_of_its_place()
    {
        var counts = Count(Village(null), Village("56"), Village("10"));

        Assert.Equal(new PublishedCell(PlaceLevel.Commune, SectorWithheld: false, Generalised: false), Rule.Decide(Village(null), counts));
        Assert.Equal(new PublishedCell(PlaceLevel.Departement, SectorWithheld: false, Generalised: true), Rule.Decide(Village(null), Count(Village(null), Lyon("56"), Lyon("56"))));
    }

    [Fact]
    public void An_offer_placed_at_its_departement_starts_there()
    {
        var atDepartement = new QuasiIdentifiers(null, "69", "84", "56");
        var counts = Count(atDepartement, Lyon("56"), Lyon("56"));

        Assert.Equal(new PublishedCell(PlaceLevel.Departement, SectorWithheld: false, Generalised: false), Rule.Decide(atDepartement, counts));
    }

    [Fact]
    public void With_k_1_every_cell_is_published_as_it_is()
    {
        var counts = Count(Village("05"));

        Assert.Equal(new PublishedCell(PlaceLevel.Commune, SectorWithheld: false, Generalised: false), new RareCellRule(1).Decide(Village("05"), counts));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RareCellRule(0));
    }
}
