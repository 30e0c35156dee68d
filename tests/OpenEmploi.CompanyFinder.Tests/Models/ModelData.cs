using OpenEmploi.CompanyFinder.Affinity;
using OpenEmploi.CompanyFinder.History;

namespace OpenEmploi.CompanyFinder.Tests.Models;

/// <summary>Hand-built hiring histories, straight into <see cref="HiringData"/>.</summary>
internal static class ModelData
{
    public static readonly DateOnly FirstMonth = new(2020, 1, 1);

    public static HiringData Of(int windows, IEnumerable<EstablishmentHistory> establishments) =>
        new(new HalfYears(FirstMonth, windows), FirstMonth.AddMonths(6 * (windows - 1)), [.. establishments], new RomeNafAffinity.Builder().Build(), null);

    /// <summary>
    /// Establishments whose hires follow h[t] = 1 + 0.6 h[t−1] + 0.2 h[t−2] + 0.05 headcount + e[t],
    /// e uniform on [0, 1) (mean 0.5, which also keeps the lags from being collinear): a linear
    /// regression must predict <see cref="Expected"/>.
    /// </summary>
    public static IEnumerable<EstablishmentHistory> Linear(string departement, int count, int windows, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var headcount = 5 + random.Next(200);
            var hires = new double[windows];
            hires[0] = random.Next(30);
            hires[1] = random.Next(30);
            for (var t = 2; t < windows; t++)
                hires[t] = 1 + (0.6 * hires[t - 1]) + (0.2 * hires[t - 2]) + (0.05 * headcount) + random.NextDouble();
            yield return new EstablishmentHistory($"{departement}{i:000000000000}", departement, "56.10A", headcount, hires);
        }
    }

    /// <summary>The expected hires of the linear law in <paramref name="target"/>, noise at its mean.</summary>
    public static double Expected(EstablishmentHistory e, int target) =>
        1.5 + (0.6 * e.Hires[target - 1]) + (0.2 * e.Hires[target - 2]) + (0.05 * e.Headcount);
}
