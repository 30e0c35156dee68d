using OpenEmploi.CompanyFinder.Affinity;

namespace OpenEmploi.CompanyFinder.Tests.Affinity;

public sealed class RomeNafAffinityTests
{
    [Fact]
    public void The_affinity_is_the_share_of_the_occupation_among_the_sectors_known_hires()
    {
        var builder = new RomeNafAffinity.Builder();
        builder.Add("56.10A", "G1602", 30);
        builder.Add("56.10A", "G1603", 60);
        builder.Add("56.10A", "G1803", 10);
        var affinity = builder.Build();

        Assert.Equal(0.3, affinity.Of("G1602", "56.10A"), 9);
        Assert.Equal(0.6, affinity.Of("G1603", "56.10A"), 9);
        Assert.Equal(0, affinity.Of("J1501", "56.10A"));
        Assert.Equal(["G1603", "G1602", "G1803"], affinity.SharesOf("56.10A").Select(p => p.Key));
        Assert.Equal(1, affinity.SharesOf("56.10A").Sum(p => p.Value), 9);
    }

    [Fact]
    public void A_sector_with_too_few_known_hires_borrows_its_divisions_shares()
    {
        var builder = new RomeNafAffinity.Builder();
        builder.Add("56.10A", "G1603", 80);
        builder.Add("56.10A", "G1602", 20);
        builder.Add("56.10C", "G1803", 4); // 4 known hires: not enough on its own
        var affinity = builder.Build();

        // Division 56 holds 80 + 20 + 4 = 104 hires.
        Assert.Equal(80.0 / 104, affinity.Of("G1603", "56.10C"), 9);
        Assert.Equal(4.0 / 104, affinity.Of("G1803", "56.10C"), 9);
        // A sector never seen at all, in a known division, gets the division's shares too.
        Assert.Equal(20.0 / 104, affinity.Of("G1602", "56.30Z"), 9);
        // An unknown division has no affinity.
        Assert.Empty(affinity.SharesOf("86.10Z"));
    }
}
