using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;
using static OpenEmploi.Statistics.Tests.TestData;

namespace OpenEmploi.Statistics.Tests;

/// <summary>Offers, hires and sector dynamism on registers written by hand.</summary>
public sealed class EstablishmentIndicatorTests
{
    private static Establishment Establishment(string siret, string commune, string naf = "62.01Z") =>
        new(siret, "Établissement " + siret, null, naf, "12", commune, null, null, false, new DateOnly(2010, 1, 1), null);

    [Fact]
    public async Task Hires_need_three_establishments_and_none_above_85_percent()
    {
        var inputs = new InMemoryStatisticsInputs();
        inputs.Establishments.AddRange([Establishment("1", "01010"), Establishment("2", "01118"), Establishment("3", "01407")]);
        inputs.Hires.AddRange([
            new MonthlyHires("1", new DateOnly(2026, 7, 1), HireContract.Cdi, "M1805", 20),
            new MonthlyHires("2", new DateOnly(2026, 8, 1), HireContract.Cdi, "M1805", 5),
            new MonthlyHires("3", new DateOnly(2026, 9, 1), HireContract.CddUpToOneMonth, null, 5),
            new MonthlyHires("3", new DateOnly(2026, 10, 1), HireContract.Cdi, "M1805", 50),
        ]);

        var cells = await Engine().ComputeAsync(inputs, Quarter);

        // 30 hires from 3 establishments, the largest 20 (67 %).
        Assert.Equal(30, Cell(cells, "EMB_1", TerritoryLevel.Epci, "200070852", "TOUS").Value);
        Assert.Equal(30, Cell(cells, "EMB_1", TerritoryLevel.Epci, "200070852", "TOUS", "NAF", "J").Value);
        Assert.Equal(MaskReason.FewEstablishments, Cell(cells, "EMB_1", TerritoryLevel.Commune, "01010", "TOUS").Mask);
        // Métier M1805: two establishments only.
        Assert.Equal(MaskReason.FewEstablishments, Cell(cells, "EMB_1", TerritoryLevel.Epci, "200070852", "TOUS", "ROME", "M1805").Mask);

        inputs.Hires.Add(new MonthlyHires("1", new DateOnly(2026, 8, 1), HireContract.Cdi, "M1805", 200));
        cells = await Engine().ComputeAsync(inputs, Quarter);
        Assert.Equal(MaskReason.Dominance, Cell(cells, "EMB_1", TerritoryLevel.Epci, "200070852", "TOUS").Mask);
    }

    [Fact]
    public async Task Offers_by_occupation_sector_origin_with_durable_and_full_time_shares()
    {
        var inputs = new InMemoryStatisticsInputs();
        for (var i = 0; i < 40; i++)
        {
            inputs.Offers.Add(new RegisteredOffer($"O{i:D3}", new DateOnly(2026, 8, 1), i < 30 ? "M1805" : "K2111", "62.01Z",
                "01010", "01", i < 10 ? "CDD" : "CDI", i >= 10, i % 4 != 0, i % 2 == 0 ? OfferOrigin.Employer : OfferOrigin.Partner));
        }
        inputs.Offers.Add(new RegisteredOffer("Z", new DateOnly(2026, 6, 30), "M1805", null, "01010", "01", "CDI", true, true, OfferOrigin.Employer));

        var cells = await Engine().ComputeAsync(inputs, Quarter);

        Assert.Equal(40, Cell(cells, "OFF_1", TerritoryLevel.Commune, "01010", "TOUTES").Value);
        Assert.Equal(20, Cell(cells, "OFF_1", TerritoryLevel.Departement, "01", "EMPLOYEUR").Value);
        Assert.Equal(30, Cell(cells, "OFF_1", TerritoryLevel.Departement, "01", "TOUTES", "ROME", "M1805").Value);
        Assert.Equal(40, Cell(cells, "OFF_1", TerritoryLevel.Departement, "01", "TOUTES", "NAF", "J").Value);
        var durable = Cell(cells, "OFF_1", TerritoryLevel.Epci, "200070852", "TOUTES", characteristicType: "DUREE", characteristic: "DURABLE");
        Assert.Equal((30.0, 75.0), (durable.Value!.Value, durable.Percentage!.Value));
        Assert.Equal(75.0, Cell(cells, "OFF_1", TerritoryLevel.Epci, "200070852", "TOUTES", characteristicType: "TEMPS", characteristic: "PLEIN").Percentage);
        Assert.Equal(10, Cell(cells, "OFF_1", TerritoryLevel.Epci, "200070852", "TOUTES", characteristicType: "CONTRAT", characteristic: "CDD").Value);
    }

    [Fact]
    public async Task Sector_employees_establishments_and_five_year_growth()
    {
        var inputs = new InMemoryStatisticsInputs();
        string[] communes = ["01010", "01118", "01407", "01010"];
        for (var e = 0; e < 4; e++)
        {
            var siret = $"S{e}";
            inputs.Establishments.Add(Establishment(siret, communes[e], e < 3 ? "62.01Z" : "47.11F"));
            inputs.Headcounts.Add(new EstablishmentHeadcount(siret, 2021, 10 + e));
            inputs.Headcounts.Add(new EstablishmentHeadcount(siret, 2026, 15 + e));
        }

        var cells = await Engine().ComputeAsync(inputs, StatPeriod.OfYear(2026));

        // Section G: one establishment. Section J (3 establishments, 48 employees) would give G away
        // as all sectors (66) minus J: J is hidden too, and its growth with it.
        Assert.Equal(66, Cell(cells, "SECT_EFF", TerritoryLevel.Epci, "200070852", "CUMUL").Value);
        Assert.Equal(MaskReason.FewEstablishments, Cell(cells, "SECT_EFF", TerritoryLevel.Epci, "200070852", "CUMUL", "NAF", "G").Mask);
        Assert.Equal(MaskReason.Secondary, Cell(cells, "SECT_EFF", TerritoryLevel.Epci, "200070852", "CUMUL", "NAF", "J").Mask);
        Assert.Equal(MaskReason.Secondary, Cell(cells, "SECT_EVOL5", TerritoryLevel.Epci, "200070852", "CUMUL", "NAF", "J").Mask);
        Assert.Equal(4, Cell(cells, "SECT_ETAB", TerritoryLevel.Epci, "200070852", "CUMUL").Value);
        // All sectors: 66 employees now, 46 then (+43.5 %): growing, but not faster than France (the same +43.5 %).
        var all = Cell(cells, "SECT_EVOL5", TerritoryLevel.Epci, "200070852", "CUMUL");
        Assert.Equal((43.5, 0.0), (all.Percentage!.Value, all.Value!.Value));
    }
}
