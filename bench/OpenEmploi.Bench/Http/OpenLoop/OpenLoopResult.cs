namespace OpenEmploi.Bench.Http.OpenLoop;

/// <summary>CPU used over the measured window, in cores (CPU seconds per second).</summary>
internal readonly record struct CpuShare(double Server, double Generator, double Machine)
{
    /// <summary>Everything else the machine ran meanwhile (other jobs, the kernel's share not charged to either).</summary>
    public double Others => Machine - Server - Generator;
}

/// <summary>
/// What one fixed-rate run measured: the requests due within the measured window, their latencies
/// from their intended send times (µs histograms), the rates achieved, the errors.
/// </summary>
internal sealed record OpenLoopResult(
    double AskedRate,
    int Connections,
    double Seconds,
    long Scheduled,
    LatencyHistogram Latency,
    LatencyHistogram StartLag,
    LatencyHistogram SchedulerLag,
    long SentInWindow,
    long AnsweredInWindow,
    long Non2xx,
    long SocketErrors,
    string? FirstError,
    long BodyBytes,
    int PeakInFlight,
    IReadOnlyDictionary<int, long> Statuses,
    CpuShare Cpu,
    DateTimeOffset From,
    DateTimeOffset To)
{
    /// <summary>Responses (any status) to the measured requests.</summary>
    public long Answered => Latency.Count;

    /// <summary>Measured requests with neither a response nor an error when the run gave up waiting.</summary>
    public long Unanswered => Scheduled - Answered - SocketErrors;

    public double SentRate => SentInWindow / Seconds;

    /// <summary>The throughput: responses completed within the measured window, per second.</summary>
    public double AnsweredRate => AnsweredInWindow / Seconds;

    public bool Clean => Answered > 0 && Non2xx == 0 && SocketErrors == 0 && Unanswered == 0;

    public string StatusSummary => string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value:N0}"));

    /// <summary>A latency percentile in milliseconds.</summary>
    public double Ms(double percent) => Latency.ValueAtPercentile(percent) / 1000.0;
}
