using System.Net;

namespace OpenEmploi.Bench.Http.OpenLoop;

/// <summary>One window at one fixed rate, against the running server.</summary>
internal sealed record OpenLoopRun(int Window, OpenLoopResult Result) : IMeasuredRun
{
    public string Label => $"{Window} results at {Result.AskedRate:N0} requests/s";

    public DateTimeOffset From => Result.From;

    public DateTimeOffset To => Result.To;

    public ServerTiming? Server { get; set; }
}

/// <summary>
/// The <c>--rate</c> mode of <c>http</c>: the query mix's requests sent at a fixed rate by
/// <see cref="OpenLoopLoad"/>, in this process, with the CPU of the server, of the generator and of
/// the machine read from /proc over the measured window.
/// </summary>
internal static class OpenLoopMeasurement
{
    public static async Task<OpenLoopRun> RunAsync(
        ServerProcess server, string[] paths, string token, int window, double rate, BenchOptions options, TimeSpan warmUp, CancellationToken ct)
    {
        var requests = RequestBytes.Build(paths, server.BaseAddress, token);
        var label = $"{window} results at {rate:N0} requests/s";
        Console.WriteLine($"{label}: open loop, {options.Connections} connections, {warmUp.TotalSeconds:F0} s of warm-up (not reported) then {options.DurationSeconds} s measured, "
            + $"up to {OpenLoopLoad.DrainTimeout.TotalSeconds:F0} s more for the last answers");
        var result = await OpenLoopLoad.RunAsync(
            new IPEndPoint(IPAddress.Loopback, server.Port), requests, rate, options.Connections, warmUp, TimeSpan.FromSeconds(options.DurationSeconds),
            () => new CpuReading(server.CpuTime(), CpuSampler.OwnCpu(), CpuSampler.MachineBusy()), ct);

        var cpu = result.Cpu;
        if (cpu.Others > 0.25)
            Console.WriteLine($"WARNING: other processes used {cpu.Others:F2} cores during the run: the machine was not quiet");
        if (result.Answered == 0)
            Console.WriteLine($"{label}: NO RESPONSE to the {result.Scheduled:N0} requests due in {result.Seconds:F0} s{(result.FirstError is { } e ? $" (first error: {e})" : "")}");
        Console.WriteLine($"{label}: {result.Scheduled:N0} requests due in {result.Seconds:F0} s, sent {result.SentRate:N0}/s, answered {result.AnsweredRate:N0}/s; "
            + $"latency from the intended send time p50 {Ms(result, 50)}, p90 {Ms(result, 90)}, p99 {Ms(result, 99)}, p99.9 {Ms(result, 99.9)}, max {Ms(result, 100)}; "
            + $"waited for a connection p50 {Us(result.StartLag, 50)}, p99 {Us(result.StartLag, 99)}, max {Us(result.StartLag, 100)}; "
            + $"scheduler late p99 {Us(result.SchedulerLag, 99)}, max {Us(result.SchedulerLag, 100)}; at most {result.PeakInFlight} of {result.Connections} connections busy; "
            + $"statuses {result.StatusSummary}; non-2xx {result.Non2xx:N0}, socket errors {result.SocketErrors:N0}, unanswered {result.Unanswered:N0}"
            + (result.FirstError is { } first ? $" (first error: {first})" : "") + "; "
            + $"{result.BodyBytes / (double)Math.Max(1, result.Answered) / 1024:N1} KiB per response; "
            + $"server {cpu.Server:F2} cores ({cpu.Server * 1000 / Math.Max(1, result.AnsweredRate):F2} ms per call), generator {cpu.Generator:F2}, machine {cpu.Machine:F2} of {Environment.ProcessorCount} cores busy");
        return new OpenLoopRun(window, result);
    }

    internal static string Ms(OpenLoopResult result, double percent) => result.Answered == 0 ? "–" : HttpBenchmark.Ms(result.Ms(percent));

    private static string Us(LatencyHistogram histogram, double percent)
    {
        var microseconds = histogram.ValueAtPercentile(percent);
        return microseconds < 1000 ? $"{microseconds} µs" : HttpBenchmark.Ms(microseconds / 1000.0);
    }
}
