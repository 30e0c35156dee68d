namespace OpenEmploi.Bench.Http;

/// <summary>
/// A measured load run (wrk's or the fixed-rate generator's): its window of wall-clock time, in
/// which the server's access log is read back for the server's own timing of the same calls.
/// </summary>
internal interface IMeasuredRun
{
    int Window { get; }

    /// <summary>How the run is named in the output, e.g. "20 results at 1,500 requests/s".</summary>
    string Label { get; }

    DateTimeOffset From { get; }

    DateTimeOffset To { get; }

    ServerTiming? Server { get; set; }
}

/// <summary>The server's own duration of the calls (access log: request in to response written), in milliseconds.</summary>
internal sealed record ServerTiming(int Calls, double P50, double P90, double P99, double Mean);
