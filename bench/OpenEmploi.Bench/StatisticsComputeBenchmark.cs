using System.Diagnostics;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Statistics;
using OpenEmploi.Statistics.Model;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Statistics;

namespace OpenEmploi.Bench;

/// <summary>
/// The quarterly computation over a store's statistical inputs (generated beforehand with
/// `openemploi stats generate --scale S`): wall time from the first read to the stored period,
/// and the process's peak memory. The store's kind (SQLite or PostgreSQL) is the one measured.
/// </summary>
internal static class StatisticsComputeBenchmark
{
    public static async Task RunAsync(BenchOptions options)
    {
        var location = StoreLocation.Parse(options.Store ?? throw new ArgumentException("--store est requis"));
        var quarter = StatPeriod.Parse(options.Quarter);
        var data = ReferenceData.LoadDefault();
        await using var offres = OffreStoreFactory.Open(location, TimeProvider.System);
        await StoreSchema.EnsureReadyAsync(offres);
        await using var inputs = StatisticsInputStoreFactory.Open(location);
        await using var published = PublishedStatisticsStoreFactory.Open(location);
        var progress = new Progress<string>(line => Console.WriteLine("  " + line));
        // The machine is shared: CPU time and load average say how much of the wall time was ours.
        var loadBefore = LoadAverage();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var results = await new StatisticsComputation(data, TimeProvider.System).RunAsync(inputs, published, quarter, progress);
        watch.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var cells = results.Sum(r => r.Cells);
        Console.WriteLine($"machine: {Machine.Describe()}");
        Console.WriteLine($"load average: {loadBefore} before, {LoadAverage()} after");
        Console.WriteLine($"stats-compute {quarter} on {location.Kind}: {watch.Elapsed.TotalSeconds:F1} s wall, {cpu:F1} s CPU, {cells:N0} cells, {Machine.PeakWorkingSetMiB():N0} MiB peak");
        Console.WriteLine($"| stats-compute {quarter} | {location.Kind} | {watch.Elapsed.TotalSeconds:F1} s | {cpu:F1} s CPU | {cells:N0} cells | {Machine.PeakWorkingSetMiB():N0} MiB peak |");
    }

    private static string LoadAverage()
    {
        const string file = "/proc/loadavg";
        return File.Exists(file) ? string.Join(' ', File.ReadAllText(file).Split(' ').Take(3)) : "n/a";
    }
}
