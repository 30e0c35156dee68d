namespace OpenEmploi.DataGen.Statistics;

/// <summary>Draws of counts and durations from one <see cref="DetRandom"/>, a fixed number of draws per call where it matters.</summary>
internal static class Sampling
{
    /// <summary>Poisson count: Knuth's product below 30, a rounded normal above (good to a fraction of a percent there).</summary>
    public static int Poisson(DetRandom r, double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean < 30)
        {
            var limit = Math.Exp(-mean);
            var product = r.NextDouble();
            var count = 0;
            while (product > limit)
            {
                count++;
                product *= r.NextDouble();
            }
            return count;
        }
        return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Normal(r)));
    }

    /// <summary>Binomial count: trial by trial up to 40, a clamped rounded normal above.</summary>
    public static int Binomial(DetRandom r, int trials, double p)
    {
        p = Math.Clamp(p, 0, 1);
        if (trials <= 40)
        {
            var count = 0;
            for (var i = 0; i < trials; i++)
            {
                if (r.NextDouble() < p)
                    count++;
            }
            return count;
        }
        var mean = trials * p;
        return Math.Clamp((int)Math.Round(mean + Math.Sqrt(mean * (1 - p)) * Normal(r)), 0, trials);
    }

    /// <summary>Standard normal (Box–Muller, two uniforms).</summary>
    public static double Normal(DetRandom r)
    {
        var u = 1.0 - r.NextDouble();
        var v = r.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>Exponential with the given mean.</summary>
    public static double Exponential(DetRandom r, double mean) => -mean * Math.Log(1.0 - r.NextDouble());

    public static WeightedPicker<int> Indexes(IReadOnlyList<double> weights) =>
        new(Enumerable.Range(0, weights.Count).ToArray(), weights);
}
