using OpenEmploi.CompanyFinder.Models;
using OpenEmploi.CompanyFinder.Synthetic;

namespace OpenEmploi.CompanyFinder.Tests.Models;

public sealed class PoissonRegressionTests
{
    /// <summary>log μ = 0.3 + 1.0 log(headcount) − 0.7 x + 0.4 season: size as an exposure, a covariate, a season.</summary>
    private static (List<double[]> Rows, List<double> Labels) Sample(int count, int seed)
    {
        var random = new Random(seed);
        var rows = new List<double[]>();
        var labels = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var x = new[] { Math.Log(1 + random.Next(100)), random.NextDouble(), random.Next(2) };
            rows.Add(x);
            labels.Add(PoissonDraw.Sample(random, Math.Exp(0.3 + (1.0 * x[0]) - (0.7 * x[1]) + (0.4 * x[2]))));
        }
        return (rows, labels);
    }

    [Fact]
    public void The_fit_recovers_the_coefficients_of_a_known_log_linear_rate()
    {
        var (rows, labels) = Sample(5000, 21);

        var beta = PoissonRegression.Fit(rows, labels);

        Assert.NotNull(beta);
        Assert.Equal(0.3, beta[0], 0.05);
        Assert.Equal(1.0, beta[1], 0.02);
        Assert.Equal(-0.7, beta[2], 0.05);
        Assert.Equal(0.4, beta[3], 0.03);
    }

    [Fact]
    public void A_strong_prior_holds_a_small_sample_and_a_weak_one_lets_it_speak()
    {
        var (rows, labels) = Sample(40, 5);
        var prior = new[] { 0.0, 0.5, 0.0, 0.0 };

        var held = PoissonRegression.Fit(rows, labels, prior: new PoissonRegression.Prior(prior, Identity(4, 1e7)));
        var free = PoissonRegression.Fit(rows, labels, prior: new PoissonRegression.Prior(prior, Identity(4, 1e-9)));
        var unshrunk = PoissonRegression.Fit(rows, labels);

        Assert.NotNull(held);
        Assert.NotNull(free);
        Assert.NotNull(unshrunk);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(prior[i], held[i], 0.001);
            Assert.Equal(unshrunk[i], free[i], 0.001);
        }
        // The sample's own slope on the headcount is near the truth, far from the prior's 0.5.
        Assert.InRange(free[1], 0.8, 1.2);
    }

    [Fact]
    public void The_information_per_row_is_the_average_of_mu_x_x()
    {
        List<double[]> rows = [[0.0], [1.0]];
        var beta = new[] { 0.0, Math.Log(2) };

        var information = PoissonRegression.InformationPerRow(rows, beta);

        // μ = 1 for x = 0 and 2 for x = 1: Σ μ (1, x)(1, x)ᵀ / 2.
        Assert.Equal(1.5, information[0, 0], 12);
        Assert.Equal(1.0, information[0, 1], 12);
        Assert.Equal(1.0, information[1, 0], 12);
        Assert.Equal(1.0, information[1, 1], 12);
    }

    private static double[,] Identity(int p, double scale)
    {
        var m = new double[p, p];
        for (var i = 0; i < p; i++)
            m[i, i] = scale;
        return m;
    }
}
