using OpenEmploi.CompanyFinder.Models;

namespace OpenEmploi.CompanyFinder.Tests.Models;

public sealed class LeastSquaresTests
{
    [Fact]
    public void Ordinary_least_squares_recovers_an_exact_linear_relation()
    {
        var random = new Random(3);
        var rows = new List<double[]>();
        var targets = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var x = new[] { random.NextDouble() * 10, random.NextDouble() * 50, random.NextDouble() };
            rows.Add(x);
            targets.Add(2 + (0.5 * x[0]) - (0.25 * x[1]) + (3 * x[2]));
        }

        var coefficients = LeastSquares.Fit(rows, targets);

        Assert.NotNull(coefficients);
        Assert.Equal([2, 0.5, -0.25, 3], coefficients.Select(c => Math.Round(c, 9)));
    }

    [Fact]
    public void A_singular_system_is_reported_not_solved()
    {
        // The second feature is twice the first: no unique solution.
        var rows = Enumerable.Range(0, 20).Select(i => new double[] { i, 2 * i }).ToList();
        var targets = rows.Select(r => r[0]).ToList();

        Assert.Null(LeastSquares.Fit(rows, targets));
    }
}
