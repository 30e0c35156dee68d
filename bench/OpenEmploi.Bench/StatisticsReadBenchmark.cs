using System.Diagnostics;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Statistics.Computation;
using OpenEmploi.Statistics.Model;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Statistics;

namespace OpenEmploi.Bench;

/// <summary>
/// Reading and counting a quarter's statistical inputs into the commune-level cells, without the
/// roll-up, the disclosure control or the storing that follow (`stats-compute` times it all): the
/// first step of `openemploi stats compute`, alone, so that it can be measured at national scale.
/// Runs once per --parallelism (the counting threads; default: every core). Reads only.
/// </summary>
internal static class StatisticsReadBenchmark
{
    public static async Task RunAsync(BenchOptions options)
    {
        var location = StoreLocation.Parse(options.Store ?? throw new ArgumentException("--store est requis"));
        var quarter = StatPeriod.Parse(options.Quarter);
        var data = ReferenceData.LoadDefault();
        await using var inputs = StatisticsInputStoreFactory.Open(location);
        Console.WriteLine($"machine: {Machine.Describe()}");
        foreach (var threads in options.Parallelism.DefaultIfEmpty(Environment.ProcessorCount))
        {
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            string Clock()
            {
                process.Refresh();
                return $"{watch.Elapsed.TotalSeconds,7:F1} s wall, {(process.TotalProcessorTime - cpuBefore).TotalSeconds,7:F1} s CPU, {process.WorkingSet64 >> 20,6:N0} MiB";
            }
            var progress = new SynchronousProgress(line => Console.WriteLine($"  [{Clock()}] {line}"));
            var loadBefore = LoadAverage();
            var (table, _) = await QuarterlyComputation.CountInputsAsync(
                new StatisticsContext(data.Geographie, data.Rome, data.Naf), inputs, quarter, progress, CancellationToken.None, threads);
            watch.Stop();
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.WriteLine($"load average: {loadBefore} before, {LoadAverage()} after");
            Console.WriteLine($"| stats-read {quarter} | {location.Kind} | {threads} thread(s) | {watch.Elapsed.TotalSeconds:F1} s | {cpu:F1} s CPU | {table.Count:N0} cells | {Machine.PeakWorkingSetMiB():N0} MiB peak |");
        }
    }

    private static string LoadAverage()
    {
        const string file = "/proc/loadavg";
        return File.Exists(file) ? string.Join(' ', File.ReadAllText(file).Split(' ').Take(3)) : "n/a";
    }

    /// <summary>Reports on the calling thread, when it happens (Progress&lt;T&gt; posts to the pool, late and out of order).</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
