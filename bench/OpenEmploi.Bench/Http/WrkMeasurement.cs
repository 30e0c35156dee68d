using System.Globalization;

namespace OpenEmploi.Bench.Http;

internal sealed record WrkRun(int Window, WrkResult Result, DateTimeOffset From, DateTimeOffset To, double ServerCores, double WrkCores, double MachineCores) : IMeasuredRun
{
    public string Label => $"{Window} results";

    public ServerTiming? Server { get; set; }
}

/// <summary>
/// The closed-loop measurement (without --rate): for one window, wrk with C connections, a warm-up
/// then the measured run, with the CPU of the server, of wrk and of the machine; and the table of
/// such runs.
/// </summary>
internal static class WrkMeasurement
{
    /// <summary>One window under wrk (closed loop, C connections): a warm-up, then the measured run.</summary>
    public static async Task<WrkRun> RunAsync(
        ServerProcess server, BenchOptions options, string token, int window, string[] paths, List<string> scriptFiles, CancellationToken ct)
    {
        var script = Path.Combine(Path.GetTempPath(), $"openemploi-http-{Environment.ProcessId}-{window}.lua");
        await File.WriteAllTextAsync(script, Wrk.Script(paths, token), ct);
        scriptFiles.Add(script);

        Console.WriteLine($"{window} results: warm-up, {HttpBenchmark.WarmUpSeconds} s (not reported)");
        await Wrk.RunAsync(server.BaseAddress, script, options.Connections, HttpBenchmark.WarmUpSeconds, echo: false, ct);

        Console.WriteLine($"{window} results: {Wrk.CommandLine(server.BaseAddress, script, options.Connections, options.DurationSeconds)}");
        var from = TimeProvider.System.GetUtcNow();
        var serverCpu = server.CpuTime();
        var machineBusy = CpuSampler.MachineBusy();
        var wrkCpu = CpuSampler.ExitedChildrenCpu();
        var result = await Wrk.RunAsync(server.BaseAddress, script, options.Connections, options.DurationSeconds, echo: true, ct);
        var serverCores = (server.CpuTime() - serverCpu).TotalSeconds / result.Seconds;
        var machineCores = (CpuSampler.MachineBusy() - machineBusy).TotalSeconds / result.Seconds;
        var wrkCores = (CpuSampler.ExitedChildrenCpu() - wrkCpu).TotalSeconds / result.Seconds;
        var to = TimeProvider.System.GetUtcNow();
        var run = new WrkRun(window, result, from, to, serverCores, wrkCores, machineCores);
        var others = machineCores - serverCores - wrkCores;
        if (others > 0.25)
            Console.WriteLine($"WARNING: other processes used {others:F2} cores during the run: the machine was not quiet");
        if (result.Requests == 0)
            Console.WriteLine($"{window} results: NO RESPONSE in {result.Seconds:F0} s (wrk counts calls still unanswered at the end nowhere)");
        Console.WriteLine($"{window} results: {result.Requests:N0} responses, {result.RequestsPerSecond:N0} requests/s, p50 {Ms(result.P50)}, p90 {Ms(result.P90)}, p99 {Ms(result.P99)}, p99.9 {Ms(result.P999)}, max {Ms(result.Max)}; "
            + $"statuses {result.StatusSummary}; non-2xx {result.Non2xx:N0}, socket errors {result.SocketErrors:N0} (timeouts {result.Timeouts:N0}); "
            + $"{result.Bytes / (double)Math.Max(1, result.Requests) / 1024:N1} KiB per response; server {serverCores:F2} cores, wrk {wrkCores:F2}, machine {machineCores:F2} of {Environment.ProcessorCount} cores busy; "
            + $"server CPU {serverCores * 1000 / Math.Max(1, result.RequestsPerSecond):F2} ms per call");
        return run;
    }

    public static void Report(BenchOptions options, string machine, string webDll, List<WrkRun> runs, double readyPeakMiB, (double PeakMiB, double RssMiB) endMemory)
    {
        var date = TimeProvider.System.GetLocalNow().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Console.WriteLine();
        Console.WriteLine($"machine: {machine}");
        Console.WriteLine($"server: {webDll}{string.Concat(options.ServerEnvironment.Select(e => ", " + e))}");
        Console.WriteLine("| results per call | offers | connections | requests/s | p50 | p90 | p99 | non-2xx / socket errors | server's own p50 / p99 | CPU | server memory | date |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var run in runs)
        {
            var r = run.Result;
            var server = run.Server is { } s ? $"{Ms(s.P50)} / {Ms(s.P99)}" : "n/a";
            Console.WriteLine($"| {run.Window} | {options.Offers:N0} | {options.Connections} | {(r.Requests == 0 ? $"0 (no response in {r.Seconds:F0} s)" : r.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture))} | {Latency(r, r.P50)} | {Latency(r, r.P90)} | {Latency(r, r.P99)} | {r.Non2xx:N0} / {r.SocketErrors:N0} | {server} | server {run.ServerCores:F2} ({run.ServerCores * 1000 / Math.Max(1, r.RequestsPerSecond):F2} ms per call), wrk {run.WrkCores:F2}, all {run.MachineCores:F2} of {Environment.ProcessorCount} cores | peak {endMemory.PeakMiB:N0} MiB ({readyPeakMiB:N0} once ready), {endMemory.RssMiB:N0} MiB after | {date} |");
        }
        if (runs.FirstOrDefault(r => r.Window == HttpBenchmark.TargetWindow)?.Result is not { } twenty)
            return;
        var met = twenty.Requests > 0 && twenty.RequestsPerSecond >= HttpBenchmark.TargetRequestsPerSecond && twenty.P99 <= HttpBenchmark.TargetP99Ms && twenty.Non2xx == 0;
        Console.WriteLine($"target at {HttpBenchmark.TargetWindow} results (≥ {HttpBenchmark.TargetRequestsPerSecond:N0} requests/s, p99 ≤ {HttpBenchmark.TargetP99Ms:N0} ms, no error): "
            + $"{(met ? "met" : "MISSED")} ({twenty.RequestsPerSecond:N0} requests/s, p99 {Ms(twenty.P99)}, {twenty.Non2xx:N0} non-2xx)");
    }

    private static string Latency(WrkResult result, double ms) => result.Requests == 0 ? "–" : Ms(ms);

    private static string Ms(double ms) => HttpBenchmark.Ms(ms);
}
