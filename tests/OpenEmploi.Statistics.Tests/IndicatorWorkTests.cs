using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Tests;

/// <summary>The per-indicator runner: every piece once, and an error surfaces as one thread would have thrown it.</summary>
public sealed class IndicatorWorkTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Every_piece_runs_once(int threads)
    {
        var runs = new int[13];

        IndicatorWork.Run(runs.Length, p => p % 5, p => Interlocked.Increment(ref runs[p]), threads);

        Assert.All(runs, r => Assert.Equal(1, r));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_failing_piece_throws_its_own_exception_the_largest_first(int threads)
    {
        // Pieces 3 and 7 fail; 7 is larger, so one thread meets it first, and so must several.
        var error = Assert.Throws<InvalidOperationException>(() => IndicatorWork.Run(10, p => p == 7 ? 100 : p, p =>
        {
            if (p is 3 or 7)
                throw new InvalidOperationException($"pièce {p}");
        }, threads));

        Assert.Equal("pièce 7", error.Message);
    }
}
