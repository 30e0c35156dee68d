using OpenEmploi.CompanyFinder.Affinity;
using OpenEmploi.CompanyFinder.History;
using OpenEmploi.CompanyFinder.Models;

namespace OpenEmploi.CompanyFinder.Tests.Models;

public sealed class OccupationMixTests
{
    private static readonly string[] Romes = ["G1602", "G1603", "G1803"];

    /// <summary>
    /// 300 restaurants, each hiring 12 known hires a half-year over six windows (the last one
    /// "recent"); <paramref name="ownOccupation"/>: each hires 80 % in one occupation of its own,
    /// else all follow the sector's mix.
    /// </summary>
    private static HiringData Data(bool ownOccupation)
    {
        var random = new Random(3);
        var affinity = new RomeNafAffinity.Builder();
        var establishments = new List<EstablishmentHistory>();
        for (var i = 0; i < 300; i++)
        {
            var e = new EstablishmentHistory($"{i:00000000000000}", "69", "56.10A", 10, new double[7]);
            var own = Romes[i % 3];
            for (var w = 0; w < 6; w++)
            {
                for (var h = 0; h < 12; h++)
                {
                    var rome = ownOccupation && random.NextDouble() < 0.8 ? own : Romes[random.Next(3)];
                    e.AddOccupationHires(rome, 1, recent: w == 5);
                    affinity.Add(e.Naf, rome, 1);
                }
            }
            establishments.Add(e);
        }
        return new HiringData(new HalfYears(new DateOnly(2023, 1, 1), 7), new DateOnly(2026, 1, 1), establishments, affinity.Build(), null);
    }

    [Fact]
    public void Where_establishments_keep_their_own_occupations_their_mix_wins()
    {
        var data = Data(ownOccupation: true);
        var mix = new EstablishmentMix();

        Assert.InRange(mix.PseudoHiresFor(data), 0.3, 30);
        // Establishment 0 hires mostly G1602: its own share is far above the sector's third.
        Assert.True(mix.ShareOf(data, 0, "G1602") > 0.7);
        Assert.Equal(1, Romes.Sum(r => mix.ShareOf(data, 0, r)), 9);
        Assert.InRange(SectorMix.Instance.ShareOf(data, 0, "G1602"), 0.3, 0.37);
    }

    [Fact]
    public void Where_they_only_follow_their_sector_the_mix_is_the_sectors()
    {
        var data = Data(ownOccupation: false);
        var mix = new EstablishmentMix();

        Assert.True(mix.PseudoHiresFor(data) >= 300, $"k = {mix.PseudoHiresFor(data)}");
        foreach (var rome in Romes)
            Assert.Equal(SectorMix.Instance.ShareOf(data, 0, rome), mix.ShareOf(data, 0, rome), 0.02);
    }

    [Fact]
    public void An_establishment_without_known_hires_gets_its_sectors_mix_and_its_own_occupations_come_first()
    {
        var data = Data(ownOccupation: true);
        var silent = new EstablishmentHistory("99999999999999", "69", "56.10A", 10, new double[7]);
        var withSilent = new HiringData(data.Windows, data.SeenUntil, [.. data.Establishments, silent], data.Affinity, null);
        var mix = new EstablishmentMix(10);

        foreach (var rome in Romes)
            Assert.Equal(SectorMix.Instance.ShareOf(withSilent, 300, rome), mix.ShareOf(withSilent, 300, rome), 12);
        Assert.Equal("G1602", mix.OccupationsOf(withSilent, 0).First());
        Assert.Equal(Romes.Order(StringComparer.Ordinal), mix.OccupationsOf(withSilent, 0).Order(StringComparer.Ordinal));
    }
}
