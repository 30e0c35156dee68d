using System.Diagnostics;
using System.Globalization;
using System.Net;
using OpenEmploi.Bench.Http;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Storage;

namespace OpenEmploi.Bench.Portal;

/// <summary>
/// Issue #8: the job seekers' search page over HTTP. Seeds the store and draws the query mix as
/// <c>http</c> does, starts the Release build of the platform as its own process, turns each query
/// into a /offres address (<see cref="PortalUrls"/>) and requests them in a closed loop from
/// <c>--concurrency</c> clients (default 4) for <c>--duration</c> seconds after a warm-up: each
/// page whole (HTML of the results, facets and map), its latency measured by the client.
/// </summary>
internal static class PortalBenchmark
{
    // Budget (issue #8): the search page at p95 on one million offers.
    internal const double TargetP95Ms = 50;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var location = StoreLocation.Parse(options.Store ?? throw new ArgumentException("--store est obligatoire"));
        if (location.Kind != StoreKind.Sqlite)
            throw new ArgumentException("portal : --store doit être sqlite:CHEMIN (le mélange de requêtes se tire de la table annexe CHEMIN.search.db).");
        location = StoreLocation.Sqlite(Path.GetFullPath(location.SqlitePath));
        var webDll = await HttpBenchmark.LocateWebAsync(options.Server);
        var machine = Machine.Describe();
        Console.WriteLine($"machine: {machine}");

        var data = ReferenceData.LoadDefault();
        var mix = await HttpBenchmark.PrepareStoreAndMixAsync(location, options, data);
        var paths = PortalUrls.Paths(mix, data);
        Console.WriteLine($"query mix: {paths.Length:N0} search pages, e.g. GET {paths[0]}");

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Sample result;
        await using (var server = ServerProcess.Start(webDll, location, options.ServerEnvironment))
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, AllowAutoRedirect = false })
            {
                Timeout = TimeSpan.FromSeconds(30),
            };
            await server.WaitReadyAsync(http, ReadyTimeout, stop.Token);
            Console.WriteLine($"warm-up: {WarmUp.TotalSeconds:F0} s");
            await LoadAsync(http, server.BaseAddress, paths, options.Concurrency, WarmUp, stop.Token);
            var cpuBefore = server.CpuTime();
            Console.WriteLine($"measuring: {options.DurationSeconds} s, {options.Concurrency} clients");
            result = await LoadAsync(http, server.BaseAddress, paths, options.Concurrency, TimeSpan.FromSeconds(options.DurationSeconds), stop.Token);
            result.ServerCpu = server.CpuTime() - cpuBefore;
            var memory = server.Memory();
            Console.WriteLine($"server: peak working set {memory.PeakMiB:N0} MiB");
        }
        Report(options, machine, result);
        return result.Errors == 0 && result.Latencies.Count > 0 ? 0 : 1;
    }

    private sealed class Sample
    {
        public List<double> Latencies { get; } = [];
        public long Bytes { get; set; }
        public int Errors { get; set; }
        public Dictionary<int, int> Statuses { get; } = [];
        public TimeSpan Elapsed { get; set; }
        public TimeSpan ServerCpu { get; set; }
    }

    /// <summary>Each client takes the next address of the mix (in turn, wrapping) until the time is up.</summary>
    private static async Task<Sample> LoadAsync(HttpClient http, Uri server, string[] paths, int clients, TimeSpan duration, CancellationToken ct)
    {
        var sample = new Sample();
        var next = -1;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async _ =>
        {
            var mine = new List<double>();
            long bytes = 0;
            var errors = 0;
            var statuses = new Dictionary<int, int>();
            while (watch.Elapsed < duration && !ct.IsCancellationRequested)
            {
                var path = paths[(int)((uint)Interlocked.Increment(ref next) % (uint)paths.Length)];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(new Uri(server, path), ct);
                    var body = await response.Content.ReadAsByteArrayAsync(ct);
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    bytes += body.Length;
                    statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                    if (response.StatusCode != HttpStatusCode.OK)
                        errors++;
                }
                catch (HttpRequestException)
                {
                    errors++;
                }
            }
            return (mine, bytes, errors, statuses);
        }).ToList();
        foreach (var (latencies, bytes, errors, statuses) in await Task.WhenAll(workers))
        {
            sample.Latencies.AddRange(latencies);
            sample.Bytes += bytes;
            sample.Errors += errors;
            foreach (var (status, count) in statuses)
                sample.Statuses[status] = sample.Statuses.GetValueOrDefault(status) + count;
        }
        sample.Elapsed = watch.Elapsed;
        sample.Latencies.Sort();
        return sample;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static void Report(BenchOptions options, string machine, Sample s)
    {
        var inv = CultureInfo.InvariantCulture;
        var count = s.Latencies.Count;
        var rate = count / s.Elapsed.TotalSeconds;
        var (p50, p95, p99) = (Percentile(s.Latencies, 50), Percentile(s.Latencies, 95), Percentile(s.Latencies, 99));
        var max = count > 0 ? s.Latencies[^1] : double.NaN;
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"search pages: {count:N0} in {s.Elapsed.TotalSeconds:F1} s = {rate:N0}/s, {options.Concurrency} clients"));
        Console.WriteLine(string.Create(inv, $"latency: p50 {p50:F1} ms, p95 {p95:F1} ms, p99 {p99:F1} ms, max {max:F1} ms"));
        Console.WriteLine(string.Create(inv, $"statuses: {string.Join(", ", s.Statuses.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} × {kv.Value:N0}"))}; errors {s.Errors}; {(count == 0 ? 0 : s.Bytes / count / 1024.0):F0} KiB per page"));
        Console.WriteLine(string.Create(inv, $"server CPU: {s.ServerCpu.TotalSeconds / s.Elapsed.TotalSeconds:F2} cores ({(count == 0 ? 0 : s.ServerCpu.TotalMilliseconds / count):F2} ms per page)"));
        Console.WriteLine(p95 <= TargetP95Ms
            ? string.Create(inv, $"budget: p95 {p95:F1} ms ≤ {TargetP95Ms} ms — met")
            : string.Create(inv, $"budget: p95 {p95:F1} ms > {TargetP95Ms} ms — NOT met"));
        Console.WriteLine();
        Console.WriteLine("| offers | clients | pages/s | p50 | p95 | p99 | KiB/page | errors | machine | date |");
        Console.WriteLine(string.Create(inv,
            $"| {options.Offers:N0} | {options.Concurrency} | {rate:N0} | {p50:F1} ms | {p95:F1} ms | {p99:F1} ms | {(count == 0 ? 0 : s.Bytes / count / 1024.0):F0} | {s.Errors} | {machine} | {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} |"));
    }
}
