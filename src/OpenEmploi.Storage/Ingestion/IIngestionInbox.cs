namespace OpenEmploi.Storage.Ingestion;

/// <summary>
/// The ingestion inbox (migration 4): any node adds to it, the node holding the import lock
/// drains it in <see cref="InboxItem.Id"/> order and records each item's outcome. Also reads the
/// moderation queue page by page.
/// </summary>
public interface IIngestionInbox : IAsyncDisposable
{
    /// <summary>Stores the items of one request, all or none.</summary>
    Task AddAsync(IReadOnlyList<InboxItem> items, CancellationToken ct = default);

    /// <summary>Up to <paramref name="limit"/> items not yet processed, oldest first.</summary>
    Task<IReadOnlyList<InboxItem>> ListPendingAsync(int limit, CancellationToken ct = default);

    /// <summary>Records the outcomes, all or none, with <paramref name="processedAt"/>.</summary>
    Task CompleteAsync(IReadOnlyList<InboxOutcome> outcomes, DateTimeOffset processedAt, CancellationToken ct = default);

    /// <summary>The items of one batch, in record order; empty when there is no such batch.</summary>
    Task<IReadOnlyList<InboxItem>> GetBatchAsync(string batchId, CancellationToken ct = default);

    /// <summary>Whether <paramref name="reference"/> was ever posted to this source through the inbox.</summary>
    Task<bool> WasPostedAsync(string sourceCode, string reference, CancellationToken ct = default);

    /// <summary>Deletes the items processed before <paramref name="before"/>; returns how many.</summary>
    Task<int> PurgeProcessedAsync(DateTimeOffset before, CancellationToken ct = default);

    /// <summary>The held records, oldest first (as <c>moderation list</c>), from <paramref name="offset"/>.</summary>
    Task<HeldPage> ListHeldAsync(int offset, int limit, CancellationToken ct = default);
}

public static class IngestionInboxFactory
{
    /// <summary>Opens the inbox of a migrated base; every time it stores is given by the caller.</summary>
    public static IIngestionInbox Open(StoreLocation location) => new SqlIngestionInbox(OffreStoreFactory.CreateDialect(location));
}
