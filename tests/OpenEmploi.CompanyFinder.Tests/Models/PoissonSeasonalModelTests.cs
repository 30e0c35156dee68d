using OpenEmploi.CompanyFinder.Models;
using OpenEmploi.CompanyFinder.Synthetic;

namespace OpenEmploi.CompanyFinder.Tests.Models;

public sealed class PoissonSeasonalModelTests
{
    [Fact]
    public void Poisson_regression_recovers_the_weights_of_a_log_linear_rate()
    {
        var random = new Random(11);
        var rows = new List<double[]>();
        var labels = new List<double>();
        for (var i = 0; i < 4000; i++)
        {
            var x = new[] { random.NextDouble() * 3, random.NextDouble() };
            var mu = Math.Exp(0.5 + (0.8 * x[0]) - (1.0 * x[1]));
            rows.Add(x);
            labels.Add(PoissonDraw.Sample(random, mu));
        }

        var beta = PoissonSeasonalModel.FitPoisson(rows, labels);

        Assert.NotNull(beta);
        Assert.Equal(0.5, beta[0], 1);
        Assert.Equal(0.8, beta[1], 1);
        Assert.Equal(-1.0, beta[2], 1);
    }
}
