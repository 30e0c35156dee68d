namespace OpenEmploi.CompanyFinder.Synthetic;

/// <summary>
/// Poisson draws for synthetic hires and test samples: Knuth's product of uniforms for small
/// rates, the normal approximation above 30 (where the product would underflow and loop long).
/// </summary>
internal static class PoissonDraw
{
    public static int Sample(Random random, double lambda)
    {
        if (lambda <= 0)
            return 0;
        if (lambda > 30)
            return Math.Max(0, (int)Math.Round(lambda + (Math.Sqrt(lambda) * Normal(random))));
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

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
