using OpenEmploi.Core.Statistics;
using OpenEmploi.CompanyFinder.Affinity;
using OpenEmploi.CompanyFinder.Scoring;

namespace OpenEmploi.CompanyFinder.Tests.Scoring;

public sealed class ListingThresholdsTests
{
    private static ListingThresholds WithShares(params (string Rome, int Projects, int Difficult)[] lines) =>
        new(new TensionShares(lines.Select(l => new RecruitmentProjects(2025, "8401", l.Rome, l.Projects, l.Difficult, 0))));

    [Fact]
    public void A_company_is_listed_from_a_global_score_of_50()
    {
        var thresholds = WithShares();
        Assert.False(thresholds.ListsFor("G1603", 49.9, 90));
        Assert.True(thresholds.ListsFor("G1603", 50, 20));
    }

    [Fact]
    public void An_occupation_without_tension_needs_a_score_of_20()
    {
        var thresholds = WithShares(("G1603", 100, 30));
        Assert.Equal(20, thresholds.OccupationThreshold("G1603"));
        Assert.Equal(20, thresholds.OccupationThreshold("A1414")); // not in the survey
        Assert.False(thresholds.ListsFor("G1603", 60, 19.9));
    }

    [Fact]
    public void The_threshold_falls_towards_5_as_the_share_of_difficult_projects_rises()
    {
        var thresholds = WithShares(("J1501", 100, 60), ("K2204", 100, 80), ("N4101", 100, 95));
        Assert.Equal(12.5, thresholds.OccupationThreshold("J1501"), 6);
        Assert.Equal(5, thresholds.OccupationThreshold("K2204"), 6);
        Assert.Equal(5, thresholds.OccupationThreshold("N4101"), 6);
        Assert.True(thresholds.ListsFor("K2204", 55, 6));
    }

    [Fact]
    public void An_occupation_with_fewer_than_30_projects_keeps_the_normal_threshold()
    {
        var thresholds = WithShares(("J1501", 10, 10), ("J1501", 19, 19));
        Assert.Null(new TensionShares([new RecruitmentProjects(2025, "1", "X", 29, 29, 0)]).DifficultShareOf("X"));
        // 29 projects across two areas: below the ratio rule's denominator.
        Assert.Equal(20, thresholds.OccupationThreshold("J1501"));
    }
}
