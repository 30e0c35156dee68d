namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>Settings of the ingestion pipeline (docs/ingestion.md).</summary>
public sealed record IngestionOptions
{
    /// <summary>Records per transaction: a killed import loses at most this many records' work.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>An offer no full feed of its source confirmed for this long is removed by expiry.</summary>
    public TimeSpan NotSeenExpiry { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Fraud score from which an offer is held for a moderator (the verifier's threshold).</summary>
    public int FraudHoldThreshold { get; init; } = 60;

    /// <summary>
    /// Test hook, called after each committed batch with its number (from 1): throwing from it
    /// simulates a process killed between two batches.
    /// </summary>
    public Func<int, CancellationToken, Task>? AfterBatch { get; init; }
}
