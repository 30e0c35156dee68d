namespace OpenEmploi.Search.Index;

public sealed record SearchEngineOptions
{
    public static SearchEngineOptions Default { get; } = new();

    /// <summary>
    /// Offers changed since the base was built that the delta may hold before a background merge
    /// folds it into a new base. The delta is rebuilt on every catch-up, so this bounds the cost
    /// of making a change visible.
    /// </summary>
    public int MergeThreshold { get; init; } = 10_000;

    /// <summary>Change-log entries read per round trip.</summary>
    public int ChangeBatchSize { get; init; } = 5_000;

    /// <summary>Threads extracting and indexing during the initial build (each builds a part; parts are merged).</summary>
    public int BuildParallelism { get; init; } = Math.Clamp(Environment.ProcessorCount - 1, 1, 4);

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Told the ids of the offers a catch-up round applied (created, updated or deleted), before
    /// the snapshot that shows them is published: what a node keeps beside its index (documents
    /// read for result pages) is dropped no later than the index moves on.
    /// </summary>
    public Action<IReadOnlyList<string>>? ChangesApplied { get; init; }
}
