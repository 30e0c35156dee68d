using OpenEmploi.CompanyFinder.Scoring;

namespace OpenEmploi.CompanyFinder.Tests.Scoring;

public sealed class HiringScoreTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(-3, 0)]
    [InlineData(2, 10)]
    [InlineData(10, 50)]
    [InlineData(30, 55)]
    [InlineData(50, 60)]
    [InlineData(75, 70)]
    [InlineData(100, 80)]
    [InlineData(500, 100)]
    [InlineData(5000, 100)]
    public void The_piecewise_mapping_hits_its_breakpoints(double hires, double score) =>
        Assert.Equal(score, HiringScore.FromHires(hires), 6);

    [Fact]
    public void Between_100_and_500_hires_the_score_grows_logarithmically()
    {
        // Halfway in log scale (100 × √5 ≈ 223.6 hires) is halfway in score: 90.
        Assert.Equal(90, HiringScore.FromHires(100 * Math.Sqrt(5)), 6);
        Assert.True(HiringScore.FromHires(200) - HiringScore.FromHires(150) > HiringScore.FromHires(450) - HiringScore.FromHires(400));
    }

    [Fact]
    public void The_score_never_decreases_with_hires()
    {
        var previous = -1.0;
        for (var hires = 0.0; hires <= 600; hires += 0.25)
        {
            var score = HiringScore.FromHires(hires);
            Assert.True(score >= previous, $"score({hires}) = {score} < {previous}");
            previous = score;
        }
    }

    [Theory]
    [InlineData(20, 2.5)]
    [InlineData(60, 3.8)]
    [InlineData(100, 5.0)]
    [InlineData(120, 5.0)]
    [InlineData(10, 1.3)]
    [InlineData(0, 0)]
    public void Score_20_to_100_maps_onto_stars_2_5_to_5(double score, double stars) =>
        Assert.Equal(stars, HiringScore.Stars(score));
}
