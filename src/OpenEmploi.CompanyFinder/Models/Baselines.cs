using OpenEmploi.CompanyFinder.History;

namespace OpenEmploi.CompanyFinder.Models;

/// <summary>The backtest's yardstick: the bigger the establishment, the more it hires.</summary>
public sealed class HeadcountOnly : IHiringPredictor
{
    public string Name => "effectif seul";

    public double[] Predict(HiringData data, int targetWindow)
    {
        ArgumentNullException.ThrowIfNull(data);
        return [.. data.Establishments.Select(e => (double)e.Headcount)];
    }
}

/// <summary>The backtest's yardstick: the next six months will look like the last six.</summary>
public sealed class LastHalfYear : IHiringPredictor
{
    public string Name => "dernier semestre";

    public double[] Predict(HiringData data, int targetWindow)
    {
        ArgumentNullException.ThrowIfNull(data);
        return [.. data.Establishments.Select(e => e.HiresAt(targetWindow - 1))];
    }
}

/// <summary>The backtest's floor: an order that knows nothing (seeded, so a report can be reproduced).</summary>
public sealed class RandomOrder(int seed) : IHiringPredictor
{
    public string Name => "hasard";

    public double[] Predict(HiringData data, int targetWindow)
    {
        ArgumentNullException.ThrowIfNull(data);
        var random = new Random(seed);
        return [.. data.Establishments.Select(_ => random.NextDouble())];
    }
}
