using OpenEmploi.CompanyFinder.History;
using OpenEmploi.CompanyFinder.Models;
using OpenEmploi.CompanyFinder.Synthetic;

namespace OpenEmploi.CompanyFinder.Tests.Models;

public sealed class PoissonSizeHistoryModelTests
{
    private const int Windows = 14;
    private const int Target = Windows - 1;

    /// <summary>
    /// Restaurants (56.10A) hire 0.8 durable hires per employee and half-year, accountants (69.20Z)
    /// 0.1; headcounts from 1 to 200; each window's hires a Poisson draw around headcount × rate.
    /// </summary>
    private static IEnumerable<EstablishmentHistory> Sampled(string departement, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var restaurant = i % 2 == 0;
            var headcount = (int)Math.Round(Math.Exp(random.NextDouble() * Math.Log(200)));
            var hires = new double[Windows];
            for (var t = 0; t < Windows; t++)
                hires[t] = PoissonDraw.Sample(random, headcount * (restaurant ? 0.8 : 0.1));
            yield return new EstablishmentHistory($"{departement}{seed:00}{i:0000000000}", departement, restaurant ? "56.10A" : "69.20Z", headcount, hires);
        }
    }

    private static EstablishmentHistory Probe(string siret, string departement, string naf, int headcount, double hiresPerWindow)
    {
        var hires = Enumerable.Repeat(hiresPerWindow, Windows).ToArray();
        return new EstablishmentHistory(siret, departement, naf, headcount, hires);
    }

    private static (HiringData Data, Dictionary<string, double> Predicted, PoissonSizeHistoryModel Model) Predict()
    {
        EstablishmentHistory[] probes =
        [
            Probe("restaurant-40", "69", "56.10A", 40, 32),
            Probe("restaurant-40-plus", "69", "56.10A", 40, 48),
            Probe("restaurant-4", "69", "56.10A", 4, 3),
            Probe("comptable-40", "69", "69.20Z", 40, 4),
            Probe("restaurant-40-muet", "69", "56.10A", 40, 0),
            Probe("restaurant-4-muet", "69", "56.10A", 4, 0),
            Probe("restaurant-40-lozere", "48", "56.10A", 40, 32),
        ];
        var data = ModelData.Of(Windows, Sampled("69", 800, 1).Concat(Sampled("48", 30, 2)).Concat(probes));
        var model = new PoissonSizeHistoryModel();
        var predicted = model.Predict(data, Target);
        return (data, probes.ToDictionary(p => p.Siret, p => predicted[data.IndexOf(p.Siret)!.Value], StringComparer.Ordinal), model);
    }

    [Fact]
    public void Predictions_follow_size_sector_and_history_together()
    {
        var (_, p, _) = Predict();

        // The same size and sector: the one that hired more is expected to hire more.
        Assert.True(p["restaurant-40-plus"] > p["restaurant-40"], $"{p["restaurant-40-plus"]} > {p["restaurant-40"]}");
        // The same size: the sector that hires more per employee ranks first.
        Assert.True(p["restaurant-40"] > 3 * p["comptable-40"], $"{p["restaurant-40"]} > 3 × {p["comptable-40"]}");
        // The same sector and history per employee: the larger ranks first.
        Assert.True(p["restaurant-40"] > 5 * p["restaurant-4"], $"{p["restaurant-40"]} > 5 × {p["restaurant-4"]}");
        // No hire seen lately: size and sector still order them (a last-half-year ranking could not).
        Assert.True(p["restaurant-40-muet"] > p["restaurant-4-muet"], $"{p["restaurant-40-muet"]} > {p["restaurant-4-muet"]}");
        Assert.True(p["restaurant-40-muet"] < p["restaurant-40"]);
        // Calibrated: a restaurant of 40 that hired 32 every half-year is expected to hire about as many.
        Assert.InRange(p["restaurant-40"], 24, 40);
    }

    [Fact]
    public void A_small_departement_gets_its_own_fit_shrunk_towards_the_national_one()
    {
        var (_, p, model) = Predict();

        Assert.NotNull(model.NationalCoefficients);
        Assert.Equal(ModelSource.Departement, model.Sources["48"]);
        Assert.Equal(ModelSource.Departement, model.Sources["69"]);
        // 31 establishments in Lozère against a prior worth 2,000 rows: close to the national law.
        Assert.InRange(p["restaurant-40-lozere"] / p["restaurant-40"], 0.85, 1.15);
    }

    [Fact]
    public void Never_reads_the_window_it_predicts()
    {
        var (data, _, _) = Predict();
        var changed = ModelData.Of(Windows, data.Establishments.Select(e =>
        {
            var hires = (double[])e.Hires.Clone();
            hires[Target] = 1000;
            return new EstablishmentHistory(e.Siret, e.Departement, e.Naf, e.Headcount, hires);
        }));

        Assert.Equal(new PoissonSizeHistoryModel().Predict(data, Target), new PoissonSizeHistoryModel().Predict(changed, Target));
    }
}
