using System.Diagnostics;
using System.Globalization;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.CompanyFinder.Affinity;
using OpenEmploi.CompanyFinder.History;
using OpenEmploi.CompanyFinder.Models;
using OpenEmploi.CompanyFinder.Prediction;
using OpenEmploi.CompanyFinder.Scoring;
using OpenEmploi.CompanyFinder.Search;
using OpenEmploi.CompanyFinder.Synthetic;

namespace OpenEmploi.Bench;

/// <summary>
/// The company finder's search latency on a synthetic national base: predict, build the index,
/// then time a national query mix one query at a time (the index is immutable: a query's cost is
/// its own, whatever the concurrency, until the cores are saturated).
/// </summary>
internal static class CompanyFinderBenchmark
{
    private const double TargetP99Ms = 10;
    private static readonly DateOnly Cutoff = new(2026, 11, 1);
    private static readonly double[] Radii = [5, 10, 10, 10, 10, 20, 20, 30, 50, 100, 200];

    public static async Task<int> RunAsync(BenchOptions options)
    {
        Console.WriteLine(Machine.Describe());
        var communes = ReferenceData.LoadDefault().Geographie.Communes
            .Where(c => c.Zone == Zone.Metro && !c.IsArrondissement && c.Latitude is not null && c.Longitude is not null)
            .ToList();
        var places = communes.Select(c => new SyntheticPlace(c.CodeInsee, c.Latitude!.Value, c.Longitude!.Value, Math.Max(1, c.Population), c.CodeZoneEmploi ?? c.CodeDepartement)).ToList();
        var inputs = new SyntheticHiringInputs(options.Establishments, places, Cutoff.AddMonths(-90), Cutoff.AddMonths(-1), options.Seed);

        var watch = Stopwatch.StartNew();
        var data = await HiringDataLoader.LoadAsync(inputs, Cutoff, AnchorLinearModel.HistoryNeeded, withActuals: false, CancellationToken.None);
        var tension = await TensionShares.LoadAsync(inputs, Cutoff.Year - 1, CancellationToken.None);
        var companies = await CompanyPrediction.ScoreAsync(inputs, data, new AnchorLinearModel(), new ListingThresholds(tension), CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prediction: {data.Establishments.Count:N0} establishments, {companies.Count:N0} listed, {watch.Elapsed.TotalSeconds:0.0} s"));

        watch.Restart();
        var index = CompanyIndex.Build(companies, new Dictionary<string, CompanyControl>(StringComparer.Ordinal), ListingThresholds.AlreadyApplied);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index: {index.CompanyCount:N0} companies, {index.EntryCount:N0} (company, occupation) entries, {index.Romes.Count} occupations, built in {watch.Elapsed.TotalMilliseconds:0} ms"));

        var queries = Mix(index, communes, options.Queries, options.Seed);
        foreach (var query in queries)
            index.Search(query); // warm-up: JIT, caches
        var latencies = new double[queries.Count];
        var found = 0L;
        for (var i = 0; i < queries.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            found += index.Search(queries[i]).Total;
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(latencies);
        double P(double q) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
        var p99 = P(0.99);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search: {queries.Count:N0} queries, {found / (double)queries.Count:0} companies found on average; p50 {P(0.50):0.000} ms, p95 {P(0.95):0.000} ms, p99 {p99:0.000} ms, max {latencies[^1]:0.000} ms (target p99 <= {TargetP99Ms} ms: {(p99 <= TargetP99Ms ? "met" : "MISSED")})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Machine.PeakWorkingSetMiB():0} MiB"));
        return 0;
    }

    /// <summary>Job seekers' searches: an occupation weighted by how many companies list it, a commune weighted by population.</summary>
    private static List<CompanyQuery> Mix(CompanyIndex index, List<Commune> communes, int count, int seed)
    {
        var random = new Random(seed);
        var romes = index.Romes.Order(StringComparer.Ordinal).ToList();
        var cumulative = new double[communes.Count];
        var sum = 0.0;
        for (var i = 0; i < communes.Count; i++)
            cumulative[i] = sum += Math.Max(1, communes[i].Population);
        var queries = new List<CompanyQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var u = random.NextDouble() * sum;
            var at = Array.BinarySearch(cumulative, u);
            var commune = communes[Math.Min(communes.Count - 1, at >= 0 ? at : ~at)];
            var query = new CompanyQuery([romes[random.Next(romes.Count)]], commune.Latitude, commune.Longitude, Radii[random.Next(Radii.Length)], Cutoff.AddDays(random.Next(30)));
            var kind = random.NextDouble();
            query = kind switch
            {
                < 0.10 => query with { Sort = CompanySort.Distance },
                < 0.20 => query with { Sort = CompanySort.Score },
                < 0.28 => query with { Page = 2 + random.Next(3) },
                < 0.33 => query with { Nafs = ["56"] },
                < 0.36 => query with { Romes = [.. query.Romes, romes[random.Next(romes.Count)]] },
                _ => query,
            };
            queries.Add(query);
        }
        return queries;
    }
}
