using OpenEmploi.CompanyFinder.Backtest;

namespace OpenEmploi.CompanyFinder.Tests.Backtest;

public sealed class RankingMetricsTests
{
    [Fact]
    public void Precision_counts_the_predicted_top_k_found_among_the_actual_top_k()
    {
        double[] actual = [10, 8, 6, 0, 0, 1];
        Assert.Equal(1.0, RankingMetrics.PrecisionAt(2, [5, 4, 3, 2, 1, 0], actual));
        Assert.Equal(0.5, RankingMetrics.PrecisionAt(2, [5, 0, 0, 9, 0, 0], actual));
        Assert.Equal(0.0, RankingMetrics.PrecisionAt(2, [0, 0, 0, 9, 8, 0], actual));
        // Fewer establishments hired than k: no answer.
        Assert.Null(RankingMetrics.PrecisionAt(5, [5, 4, 3, 2, 1, 0], actual));
    }

    [Fact]
    public void Spearman_is_one_for_the_same_order_minus_one_for_the_reverse()
    {
        Assert.Equal(1.0, RankingMetrics.Spearman([1, 2, 3, 4], [10, 20, 30, 40])!.Value, 9);
        Assert.Equal(-1.0, RankingMetrics.Spearman([1, 2, 3, 4], [4, 3, 2, 1])!.Value, 9);
        Assert.Null(RankingMetrics.Spearman([1, 1, 1, 1], [1, 2, 3, 4]));
        Assert.Equal([1.5, 1.5, 3], RankingMetrics.Ranks([7, 7, 9]));
    }
}
