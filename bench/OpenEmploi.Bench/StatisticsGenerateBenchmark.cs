using System.Diagnostics;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;
using OpenEmploi.DataGen;
using OpenEmploi.DataGen.Statistics;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Statistics;

namespace OpenEmploi.Bench;

/// <summary>
/// `stats-generate`: the statistical inputs at a scale, first generated alone (each stream
/// enumerated and counted), then generated and loaded into a fresh store as `openemploi stats
/// generate` does, with the process's peak working set (the generator streams, so it should not
/// grow with the scale).
/// </summary>
internal static class StatisticsGenerateBenchmark
{
    private static readonly StatisticsGeneratorOptions Window = new(0, 42, 2024, 2026, new DateOnly(2026, 10, 31));

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var location = StoreLocation.Parse(options.Store ?? throw new ArgumentException("--store est obligatoire"));
        if (location.Kind == StoreKind.Sqlite)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(location.SqlitePath + suffix);
        }
        var generatorOptions = Window with { Scale = options.Scale, Seed = (ulong)options.Seed };
        var context = new GeneratorContext(ReferenceData.LoadDefault());
        Console.WriteLine($"machine: {Machine.Describe()}");

        var generator = new StatisticsGenerator(context, generatorOptions);
        var generation = Stopwatch.StartNew();
        var counts = new StatisticsInputCounts(
            Count("demandeurs", generator.JobSeekerEpisodes()),
            Count("etablissements", generator.Establishments()),
            Count("effectifs", generator.Headcounts()),
            Count("embauches", generator.Hires()),
            Count("projets", generator.RecruitmentProjects()),
            Count("offres", generator.RegisteredOffers()));
        generation.Stop();
        var generationPeak = Machine.PeakWorkingSetMiB();
        Console.WriteLine($"generation alone: {counts.Total:N0} rows in {generation.Elapsed.TotalSeconds:F1} s, peak {generationPeak:N0} MiB");

        await using (var offres = OffreStoreFactory.Open(location, TimeProvider.System))
            await offres.MigrateAsync();
        await using var store = StatisticsInputStoreFactory.Open(location);
        var load = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        var progress = new Progress<StatisticsLoadProgress>(p =>
        {
            if (load.Elapsed - lastReport < TimeSpan.FromSeconds(10))
                return;
            lastReport = load.Elapsed;
            Console.WriteLine($"  {p.Table}: {p.Rows:N0} rows after {load.Elapsed.TotalSeconds:F0} s");
        });
        var added = await store.ReplaceAllAsync(generator.Streams(), progress);
        load.Stop();
        var size = location.Kind == StoreKind.Sqlite ? $", file {new FileInfo(location.SqlitePath).Length / (1024.0 * 1024.0):N0} MiB" : "";
        Console.WriteLine($"generation + load {location.Kind}: {added.Total:N0} rows in {load.Elapsed.TotalSeconds:F1} s ({added.Total / load.Elapsed.TotalSeconds:N0} rows/s){size}");
        Console.WriteLine($"| {options.Scale} | {location.Kind} | {added.Episodes:N0} / {added.Establishments:N0} / {added.Headcounts:N0} / {added.Hires:N0} / {added.Projects:N0} / {added.Offers:N0} "
            + $"| {generation.Elapsed.TotalSeconds:F1} s | {load.Elapsed.TotalSeconds:F1} s | {Machine.PeakWorkingSetMiB():N0} MiB |");
        return 0;
    }

    private static long Count<T>(string table, IEnumerable<T> rows)
    {
        var watch = Stopwatch.StartNew();
        long count = 0;
        foreach (var _ in rows)
            count++;
        Console.WriteLine($"  {table}: {count:N0} rows generated in {watch.Elapsed.TotalSeconds:F1} s ({count / Math.Max(watch.Elapsed.TotalSeconds, 0.001):N0}/s)");
        return count;
    }
}
