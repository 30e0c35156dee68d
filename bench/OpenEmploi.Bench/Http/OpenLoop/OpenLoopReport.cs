using System.Globalization;

namespace OpenEmploi.Bench.Http.OpenLoop;

/// <summary>The fixed-rate runs as a table for docs/benchmarks.md, and the budget's verdict.</summary>
internal static class OpenLoopReport
{
    // "Rate achieved": the responses per second within 1 % of the rate asked.
    private const double RateTolerance = 0.01;

    public static void Print(
        BenchOptions options, string machine, string webDll, IReadOnlyList<OpenLoopRun> runs, double readyPeakMiB, (double PeakMiB, double RssMiB) endMemory,
        int targetWindow, double targetRate, double targetP99Ms)
    {
        var date = TimeProvider.System.GetLocalNow().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Console.WriteLine();
        Console.WriteLine($"machine: {machine}");
        Console.WriteLine($"server: {webDll}{string.Concat(options.ServerEnvironment.Select(e => ", " + e))}");
        Console.WriteLine("| results per call | offers | rate asked | answered/s | p50 | p90 | p99 | p99.9 | max | non-2xx / socket errors / unanswered | server's own p50 / p99 | CPU | server memory | date |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var run in runs)
        {
            var r = run.Result;
            var server = run.Server is { } s ? $"{HttpBenchmark.Ms(s.P50)} / {HttpBenchmark.Ms(s.P99)}" : "n/a";
            Console.WriteLine($"| {run.Window} | {options.Offers:N0} | {r.AskedRate:N0} ({r.Connections} connections) | {r.AnsweredRate:N0} | {Ms(r, 50)} | {Ms(r, 90)} | {Ms(r, 99)} | {Ms(r, 99.9)} | {Ms(r, 100)} | "
                + $"{r.Non2xx:N0} / {r.SocketErrors:N0} / {r.Unanswered:N0} | {server} | server {r.Cpu.Server:F2} ({r.Cpu.Server * 1000 / Math.Max(1, r.AnsweredRate):F2} ms per call), generator {r.Cpu.Generator:F2}, all {r.Cpu.Machine:F2} of {Environment.ProcessorCount} cores | "
                + $"peak {endMemory.PeakMiB:N0} MiB ({readyPeakMiB:N0} once ready), {endMemory.RssMiB:N0} MiB after | {date} |");
        }
        foreach (var run in runs.Where(r => r.Window == targetWindow))
        {
            var r = run.Result;
            var rateMet = Math.Abs(r.AnsweredRate - r.AskedRate) <= RateTolerance * r.AskedRate;
            var p99Met = r.Answered > 0 && r.Ms(99) <= targetP99Ms;
            var met = rateMet && p99Met && r.Clean;
            var verdict = r.AskedRate < targetRate
                ? $"{(met ? "held" : "NOT held")} at {r.AskedRate:N0} requests/s, below the budget's {targetRate:N0}"
                : met ? "met" : "MISSED";
            Console.WriteLine($"target at {targetWindow} results (≥ {targetRate:N0} requests/s answered within {RateTolerance:P0} of the rate asked, p99 ≤ {targetP99Ms:N0} ms from the intended send time, no error): "
                + $"{verdict} ({r.AnsweredRate:N0} of {r.AskedRate:N0} requests/s answered, p99 {Ms(r, 99)}, {r.Non2xx:N0} non-2xx, {r.SocketErrors:N0} socket errors, {r.Unanswered:N0} unanswered)");
        }
    }

    private static string Ms(OpenLoopResult result, double percent) => OpenLoopMeasurement.Ms(result, percent);
}
