using OpenEmploi.Storage;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>Settings of the ingestion pipeline (docs/ingestion.md).</summary>
public sealed record IngestionOptions
{
    /// <summary>Records per transaction: a killed import loses at most this many records' work.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>
    /// When the store's writer falls behind the decisions, the batches decided meanwhile go into its
    /// next transaction together, up to this many (1: one batch per transaction). Each commit
    /// still holds whole batches, in feed order; it only writes the indexes' pages once for them all.
    /// </summary>
    public int MaxBatchesPerCommit { get; init; } = 4;

    /// <summary>
    /// Each decided batch is taken (its documents read, its rows and offers serialised) by a stage
    /// of its own while the next batches are decided (<see cref="BatchTaker"/>); false: on the
    /// deciding thread before the next decisions, as before that stage existed (the bench's
    /// --take-inline, and the tests that compare the two). Unset: as <see cref="TakesAhead"/> says
    /// for the store.
    /// </summary>
    public bool? TakeAhead { get; init; }

    /// <summary>
    /// Whether batches are taken ahead on <paramref name="store"/>: <see cref="TakeAhead"/> when set;
    /// else on SQLite, whose writer runs in the importer's process and gains from larger commits
    /// of batches reaching it in groups, but not on PostgreSQL, where the stage's parallel loops
    /// compete for the cores with the server doing the writes, and taking inline was faster in every
    /// pair measured (docs/ingestion.md, "Throughput").
    /// </summary>
    public bool TakesAhead(StoreKind store) => TakeAhead ?? store != StoreKind.Postgres;

    /// <summary>
    /// The writer runs on threads of lower priority (<see cref="WriterThreads"/>), so that the
    /// deciding thread, the one stage in feed order, and the stages it waits for get a core first
    /// when the stages want more than the machine has; false: on the thread pool, as before (the
    /// bench's --yield-to-decisions false, to compare).
    /// </summary>
    public bool YieldToDecisions { get; init; } = true;

    /// <summary>An offer no full feed of its source confirmed for this long is removed by expiry.</summary>
    public TimeSpan NotSeenExpiry { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Fraud score from which an offer is held for a moderator (the verifier's threshold).</summary>
    public int FraudHoldThreshold { get; init; } = 60;

    /// <summary>
    /// Test hook, called after each commit with the number (from 1) of each batch it held, in
    /// order: throwing from it simulates a process killed after that commit.
    /// </summary>
    public Func<int, CancellationToken, Task>? AfterBatch { get; init; }
}
