using System.Diagnostics;
using System.Globalization;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Analysis;
using OpenEmploi.Search.Query;
using OpenEmploi.Storage;

namespace OpenEmploi.Bench.Search;

/// <summary>
/// Issue #3: the in-memory index against two SQL baselines (SQLite FTS5, PostgreSQL tsvector/GIN)
/// on one realistic query mix, in one process: build times and memory, p50/p99 latency and
/// queries per second on one thread, and a check that every engine returns the same totals,
/// facet counts and (for date-sorted queries without keywords) the same window as the first.
/// </summary>
internal static class SearchBenchmark
{
    private const int MaxDisagreements = 20;
    private const int ShownDisagreements = 5;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var location = StoreLocation.Parse(options.Store ?? throw new ArgumentException("--store est obligatoire"));
        if (location.Kind != StoreKind.Sqlite)
            throw new ArgumentException("search : --store doit être sqlite:CHEMIN (PostgreSQL se donne par --postgres).");
        Console.WriteLine($"machine: {Machine.Describe()}");
        await SeedStoreBenchmark.EnsureSeededAsync(location, options.Offers, options.Seed);

        var data = ReferenceData.LoadDefault();
        var synonyms = JobTitleSynonyms.Build(data);
        var now = SeedStoreBenchmark.ReferenceNow;
        var engines = new List<(ISearchEngine Engine, string Build)>();
        BaseProfile? profile = null;
        try
        {
            await using (var store = OffreStoreFactory.Open(location, TimeProvider.System))
            {
                if (await IndexEngine.TryBuildAsync(store, data) is { } index)
                    engines.Add((index.Engine, index.Build));
                else
                    Console.WriteLine("index: not available in this build yet, the two baselines are compared with each other");

                var sqlitePath = location.SqlitePath + ".search.db";
                var watch = Stopwatch.StartNew();
                if (options.IndexOnly && File.Exists(sqlitePath))
                {
                    // The side table then only serves to draw the mix (offers per département and ROME code).
                    Console.WriteLine($"--engines index: the mix is drawn from the existing {sqlitePath}");
                }
                else
                {
                    var rows = await SqliteBaseline.BuildAsync(sqlitePath, AnalysedOffer.ReadBatchesAsync(store, data));
                    watch.Stop();
                    var size = new FileInfo(sqlitePath).Length / (1024.0 * 1024.0);
                    Console.WriteLine($"SQLite side tables: {rows:N0} rows in {watch.Elapsed.TotalSeconds:F1} s, file {size:N0} MiB");
                    if (!options.IndexOnly)
                        engines.Add((SqliteBaseline.Open(sqlitePath, data, synonyms), $"{watch.Elapsed.TotalSeconds:F0} s; file {size:N0} MiB"));
                }
                if (options.IndexOnly)
                {
                    using var side = SqliteBaseline.Open(sqlitePath, data, synonyms);
                    profile = side.ReadProfile();
                }

                if (!options.IndexOnly && options.Postgres is { } postgres)
                {
                    watch.Restart();
                    var rows = await PostgresBaseline.BuildAsync(postgres, AnalysedOffer.ReadBatchesAsync(store, data));
                    watch.Stop();
                    var engine = PostgresBaseline.Open(postgres, data, synonyms);
                    var bytes = Convert.ToInt64(engine.TableSize(), CultureInfo.InvariantCulture) / (1024.0 * 1024.0);
                    Console.WriteLine($"PostgreSQL side table: {rows:N0} rows in {watch.Elapsed.TotalSeconds:F1} s, table + indexes {bytes:N0} MiB");
                    engines.Add((engine, $"{watch.Elapsed.TotalSeconds:F0} s; table + indexes {bytes:N0} MiB"));
                }
            }

            profile ??= ((SqlBaseline)engines.First(e => e.Engine is SqliteBaseline).Engine).ReadProfile();
            var mix = QueryMix.Create(data, profile, options.Queries, options.Seed);
            Console.WriteLine($"query mix: {mix.Count:N0} queries, "
                + string.Join(", ", mix.GroupBy(m => m.Kind).Select(g => $"{g.Key} {g.Count() * 100.0 / mix.Count:F0} %")));

            var measures = new List<Measure>();
            foreach (var (engine, build) in engines)
                measures.Add(Run(engine, build, mix, now, engine.Name == IndexEngine.Name ? options.Rounds : 1));

            var agreement = CheckAgreement(measures, mix);

            Console.WriteLine();
            Console.WriteLine($"| engine | offers | queries | p50 | p99 | mean | queries/s per core | build | agreement with {measures[0].Engine} |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            for (var i = 0; i < measures.Count; i++)
            {
                var m = measures[i];
                Console.WriteLine($"| {m.Engine} | {options.Offers:N0} | {mix.Count:N0} | {Ms(m.P50)} | {Ms(m.P99)} | {Ms(m.Mean)} | {1000.0 / m.Mean:N0} | {m.Build} | {(i == 0 ? "reference" : agreement[i])} |");
            }
            if (measures[0].Engine == IndexEngine.Name && measures.Count > 1)
            {
                var fastest = measures.Skip(1).MinBy(m => m.Mean)!;
                Console.WriteLine($"index vs faster baseline ({fastest.Engine}): {fastest.Mean / measures[0].Mean:N0}× on mean latency, {fastest.P99 / measures[0].P99:N0}× on p99");
            }
            return agreement.Skip(1).All(a => a.StartsWith("all ", StringComparison.Ordinal)) ? 0 : 1;
        }
        finally
        {
            foreach (var (engine, _) in engines)
                engine.Dispose();
        }
    }

    private static string Ms(double ms) => ms < 10 ? $"{ms:F2} ms" : $"{ms:N0} ms";

    private sealed record Measure(string Engine, string Build, double P50, double P99, double Mean, SearchResult[] Results);

    /// <summary>
    /// A warm-up over the first queries, then every query of the mix once per round, timed one by
    /// one on this thread; the percentiles pool every round's latencies.
    /// </summary>
    private static Measure Run(ISearchEngine engine, string build, IReadOnlyList<(string Kind, SearchQuery Query)> mix, DateTime now, int rounds)
    {
        var warmUp = Math.Min(mix.Count, engine.Name == IndexEngine.Name ? mix.Count : 50);
        for (var i = 0; i < warmUp; i++)
            engine.Search(mix[i].Query, now);

        var results = new SearchResult[mix.Count];
        var latencies = new double[mix.Count * rounds];
        // Garbage collections during each query (gen0 count, which every collection increments; gen2),
        // to tell a collection pause from the query's own cost in the slowest queries.
        var collections = new (int Any, int Gen2)[mix.Count * rounds];
        var gcBefore = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2), Pause: GC.GetTotalPauseDuration(), Bytes: GC.GetAllocatedBytesForCurrentThread());
        // The process's CPU time over the timed run: on a loaded machine the wall-clock latencies
        // include time spent waiting for a core; the CPU time per query does not.
        var cpuBefore = ProcessCpu();
        var total = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        for (var n = 0; n < mix.Count * rounds; n++)
        {
            var i = n % mix.Count;
            var any = GC.CollectionCount(0);
            var gen2 = GC.CollectionCount(2);
            var start = Stopwatch.GetTimestamp();
            var result = engine.Search(mix[i].Query, now);
            latencies[n] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            collections[n] = (GC.CollectionCount(0) - any, GC.CollectionCount(2) - gen2);
            results[i] ??= result;
            if (total.Elapsed - lastReport > TimeSpan.FromSeconds(30))
            {
                lastReport = total.Elapsed;
                Console.WriteLine($"  {engine.Name}: {n + 1:N0} queries after {total.Elapsed.TotalSeconds:F0} s");
            }
        }
        total.Stop();
        var cpu = ProcessCpu() - cpuBefore;
        var sorted = latencies.Order().ToArray();
        var measure = new Measure(engine.Name, build, Percentile(sorted, 0.50), Percentile(sorted, 0.99), latencies.Average(), results);
        Console.WriteLine($"{engine.Name}: p50 {Ms(measure.P50)}, p99 {Ms(measure.P99)}, mean {Ms(measure.Mean)}, {1000.0 / measure.Mean:N0} queries/s on one thread"
            + (rounds > 1 ? $" ({rounds} rounds of {mix.Count:N0} queries, {total.Elapsed.TotalSeconds:F1} s)" : ""));
        Console.WriteLine($"    process CPU during the timed run: {cpu.TotalSeconds:F2} s, {cpu.TotalMilliseconds / latencies.Length:F3} ms per query (wall {total.Elapsed.TotalSeconds:F2} s)");
        Console.WriteLine($"    results fingerprint: {Fingerprint(results)}");
        foreach (var group in latencies.Select((latency, n) => (mix[n % mix.Count].Kind, Latency: latency)).GroupBy(x => x.Kind))
        {
            var s = group.Select(x => x.Latency).Order().ToArray();
            Console.WriteLine($"    {group.Key}: {s.Length} queries, p50 {Ms(Percentile(s, 0.5))}, p99 {Ms(Percentile(s, 0.99))}, max {Ms(s[^1])}");
        }
        Console.WriteLine($"    garbage collections during the timed run: gen0 {GC.CollectionCount(0) - gcBefore.Gen0}, gen1 {GC.CollectionCount(1) - gcBefore.Gen1}, gen2 {GC.CollectionCount(2) - gcBefore.Gen2}; pauses {(GC.GetTotalPauseDuration() - gcBefore.Pause).TotalMilliseconds:N0} ms; {(GC.GetAllocatedBytesForCurrentThread() - gcBefore.Bytes) / 1024.0 / latencies.Length:N1} KiB allocated per query");
        foreach (var n in Enumerable.Range(0, latencies.Length).OrderByDescending(n => latencies[n]).Take(3))
        {
            var i = n % mix.Count;
            var gc = collections[n].Any == 0 ? "" : $", {collections[n].Any} collection(s) during it, {collections[n].Gen2} gen2";
            Console.WriteLine($"    slowest: {Ms(latencies[n])} {mix[i].Kind}: {QueryMix.Describe(mix[i].Query)} ({results[i].Total:N0} results{gc})");
        }
        return measure;
    }

    /// <summary>
    /// SHA-256 (first 16 hex digits) of every result in mix order: total, window ids in order, and
    /// each facet's values in order. Two builds that print the same fingerprint returned exactly
    /// the same answers to the whole mix.
    /// </summary>
    private static string Fingerprint(SearchResult[] results)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var text = new System.Text.StringBuilder();
        foreach (var r in results)
        {
            text.Clear();
            text.Append(r.Total).Append('|').AppendJoin(',', r.Ids).Append('|');
            foreach (var facet in r.Facets)
            {
                text.Append(facet.Kind).Append(':');
                foreach (var v in facet.Values)
                    text.Append(v.Value).Append('=').Append(v.Count).Append(';');
            }
            text.Append('\n');
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        }
        return Convert.ToHexString(hash.GetHashAndReset())[..16];
    }

    private static TimeSpan ProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>Each engine against the first: totals, every facet count, and the window when it is comparable.</summary>
    private static string[] CheckAgreement(List<Measure> measures, IReadOnlyList<(string Kind, SearchQuery Query)> mix)
    {
        var summary = new string[measures.Count];
        var reference = measures[0];
        for (var e = 1; e < measures.Count; e++)
        {
            var other = measures[e];
            var disagreements = 0;
            var windows = 0;
            for (var i = 0; i < mix.Count && disagreements < MaxDisagreements; i++)
            {
                var q = mix[i].Query;
                var compareWindow = q.Sort == SearchSort.Date && q.Keywords.Count == 0;
                if (compareWindow)
                    windows++;
                var difference = Difference(reference.Results[i], other.Results[i], compareWindow);
                if (difference is null)
                    continue;
                disagreements++;
                if (disagreements <= ShownDisagreements)
                    Console.WriteLine($"DISAGREEMENT {reference.Engine} vs {other.Engine}, query {i} ({mix[i].Kind}: {QueryMix.Describe(q)}): {difference}");
            }
            summary[e] = disagreements == 0
                ? $"all {mix.Count:N0} totals and facet counts equal; {windows:N0} windows (date sort, no keywords) equal"
                : disagreements >= MaxDisagreements ? $"**{MaxDisagreements}+ queries differ** (counting stopped)" : $"**{disagreements} queries differ**";
            Console.WriteLine($"agreement {other.Engine} vs {reference.Engine}: {summary[e]}");
        }
        return summary;
    }

    /// <summary>The first difference between two engines' results (total, facet count, window when asked), or null.</summary>
    public static string? Difference(SearchResult a, SearchResult b, bool compareWindow)
    {
        if (a.Total != b.Total)
            return $"total {a.Total} vs {b.Total}";
        foreach (var facet in a.Facets)
        {
            var counts = facet.Values.ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
            var others = b.Facets.FirstOrDefault(f => f.Kind == facet.Kind)?.Values.ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
            if (others is null)
                return $"facet {facet.Kind} missing";
            foreach (var key in counts.Keys.Union(others.Keys))
            {
                var x = counts.GetValueOrDefault(key);
                var y = others.GetValueOrDefault(key);
                if (x != y)
                    return $"facet {facet.Kind} '{key}': {x} vs {y}";
            }
        }
        if (compareWindow && !a.Ids.SequenceEqual(b.Ids))
        {
            var at = a.Ids.Zip(b.Ids).TakeWhile(p => p.First == p.Second).Count();
            return $"window differs at rank {at} ({string.Join(",", a.Ids.Skip(at).Take(3))} vs {string.Join(",", b.Ids.Skip(at).Take(3))}; {a.Ids.Count} vs {b.Ids.Count} ids)";
        }
        return null;
    }
}
