using System.Diagnostics;
using System.Net;

namespace OpenEmploi.Bench.Http.OpenLoop;

/// <summary>
/// A fixed-rate (open-loop) load, as wrk2 applies it: request n is due at start + n / rate,
/// whether or not the server has answered the ones before; a scheduler thread queues each request
/// when it is due, and the first free connection of the pool sends it. Each latency runs from the
/// request's intended time, so a server that falls behind shows as latency instead of slowing the
/// load down (no coordinated omission). Warm-up requests, due before the measured window, are not
/// reported. After the window the run waits up to <see cref="DrainTimeout"/> for the answers still
/// due; the rest are reported unanswered.
/// </summary>
internal static class OpenLoopLoad
{
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    public static async Task<OpenLoopResult> RunAsync(
        IPEndPoint server, byte[][] requests, double rate, int connections, TimeSpan warmUp, TimeSpan duration,
        Func<CpuReading> readCpu, CancellationToken ct)
    {
        var inFlight = new InFlightGauge();
        var workers = new ConnectionWorker[connections];
        try
        {
            // The schedule starts once every connection is open: connecting is not part of the load.
            for (var i = 0; i < connections; i++)
            {
                workers[i] = new ConnectionWorker(server, requests, inFlight);
                workers[i].Connect();
            }
            return await RunScheduleAsync(workers, inFlight, LoadSchedule.Create(Stopwatch.GetTimestamp(), rate, warmUp, duration), readCpu, ct);
        }
        finally
        {
            foreach (var worker in workers)
                worker?.Dispose();
        }
    }

    private static async Task<OpenLoopResult> RunScheduleAsync(
        ConnectionWorker[] workers, InFlightGauge inFlight, LoadSchedule schedule, Func<CpuReading> readCpu, CancellationToken ct)
    {
        var queue = new RequestQueue();
        var schedulerLag = new LatencyHistogram();
        using var stopScheduling = new CancellationTokenSource();
        // Dedicated threads (LongRunning): the scheduler, and one per connection.
        var scheduler = Task.Factory.StartNew(
            () => Schedule(schedule, queue, schedulerLag, stopScheduling.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var serving = workers.Select(w => Task.Factory.StartNew(
            () => w.Run(queue, schedule), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        var all = Task.WhenAll([scheduler, .. serving]);

        (CpuShare Cpu, DateTimeOffset From) window = default;
        try
        {
            window = await MeasureWindowAsync(schedule, readCpu, ct);
            var deadline = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), schedule.MeasuredTo) + DrainTimeout;
            await all.WaitAsync(deadline > TimeSpan.Zero ? deadline : TimeSpan.Zero, ct);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // The drain deadline, or Ctrl-C: stop everything; what is queued or in flight is unanswered.
            await stopScheduling.CancelAsync();
            queue.Abandon();
            foreach (var worker in workers)
                worker.Abort();
            await all;
        }
        ct.ThrowIfCancellationRequested();
        var to = TimeProvider.System.GetUtcNow();

        var latency = new LatencyHistogram();
        var startLag = new LatencyHistogram();
        var statuses = new Dictionary<int, long>();
        foreach (var worker in workers)
        {
            latency.Add(worker.Latency);
            startLag.Add(worker.StartLag);
            foreach (var (status, count) in worker.Statuses)
                statuses[status] = statuses.GetValueOrDefault(status) + count;
        }
        return new OpenLoopResult(
            schedule.Rate, workers.Length, schedule.MeasuredDuration.TotalSeconds, schedule.MeasuredCount,
            latency, startLag, schedulerLag,
            workers.Sum(w => w.SentInWindow), workers.Sum(w => w.AnsweredInWindow),
            workers.Sum(w => w.Non2xx), workers.Sum(w => w.SocketErrors), workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null),
            workers.Sum(w => w.BodyBytes), inFlight.Peak, statuses, window.Cpu, window.From, to);
    }

    /// <summary>The scheduler thread: queues each request at its intended time, and records how late it managed to.</summary>
    private static void Schedule(LoadSchedule schedule, RequestQueue queue, LatencyHistogram lag, CancellationToken stop)
    {
        try
        {
            for (long i = 0; i < schedule.Total && !stop.IsCancellationRequested; i++)
            {
                var intended = schedule.Intended(i);
                PreciseSleep.Until(intended);
                if (schedule.IsMeasured(i))
                    lag.Record(Stopwatch.GetElapsedTime(intended).Ticks / TimeSpan.TicksPerMicrosecond);
                queue.Add(new ScheduledRequest(i, intended));
            }
        }
        finally
        {
            queue.Complete();
        }
    }

    /// <summary>CPU readings at the start and the end of the measured window (not of the warm-up or the drain).</summary>
    private static async Task<(CpuShare Cpu, DateTimeOffset From)> MeasureWindowAsync(LoadSchedule schedule, Func<CpuReading> readCpu, CancellationToken ct)
    {
        await Task.Delay(Until(schedule.MeasuredFrom), ct);
        var from = TimeProvider.System.GetUtcNow();
        var before = readCpu();
        var started = Stopwatch.GetTimestamp();
        await Task.Delay(Until(schedule.MeasuredTo), ct);
        var after = readCpu();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return (new CpuShare(
            (after.Server - before.Server).TotalSeconds / seconds,
            (after.Generator - before.Generator).TotalSeconds / seconds,
            (after.Machine - before.Machine).TotalSeconds / seconds), from);

        static TimeSpan Until(long timestamp)
        {
            var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }
}

/// <summary>Cumulative CPU times read from /proc: the server's, this process's (the generator), the whole machine's busy time.</summary>
internal readonly record struct CpuReading(TimeSpan Server, TimeSpan Generator, TimeSpan Machine);
