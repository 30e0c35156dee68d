namespace OpenEmploi.CompanyFinder.Tests.Models;

/// <summary>Poisson draws for synthetic samples (Knuth's product of uniforms: fine for small rates).</summary>
internal static class PoissonSample
{
    public static int Draw(Random random, double lambda)
    {
        if (lambda > 30)
            return (int)Math.Max(0, Math.Round(lambda + (Math.Sqrt(lambda) * Normal(random))));
        var limit = Math.Exp(-lambda);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }
        return k;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
