using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>What a withdrawal did.</summary>
/// <param name="Found">The source had such a record.</param>
/// <param name="OfferId">The published offer it was a member of, when it was live.</param>
public sealed record WithdrawalResult(bool Found, string? OfferId);

/// <summary>
/// A source takes one of its records back (an employer deletes its offer through the API): the
/// record leaves its offer through de-duplication, as when a full feed no longer lists it — the
/// offer goes (one change-log deletion) when it was its last member, or is recomposed from the
/// others — and its row stays, status removed, so that a later post of the same reference is
/// processed as new and rejoins its old offer within the de-duplication window.
/// </summary>
public static class Withdrawal
{
    public static async Task<WithdrawalResult> WithdrawAsync(IngestionEngine engine, string sourceCode, string sourceId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var row = await engine.Store.GetRowAsync(sourceCode, sourceId, ct);
        if (row is null)
            return new WithdrawalResult(false, null);
        if (row.Status == IngestionStatus.Removed)
            return new WithdrawalResult(true, null);
        var key = new MemberKey(sourceCode, sourceId);
        var batch = new BatchBuilder(engine, null);
        string? offerId = null;
        if (engine.Index.Contains(key))
        {
            offerId = engine.Index.PublishedIdOf(key);
            engine.Unpublish(key, batch);
        }
        batch.Current.Removals.Add((sourceCode, sourceId));
        await engine.Store.ApplyBatchAsync(batch.Take(null), ct);
        engine.Index.ReleaseDocuments();
        return new WithdrawalResult(true, offerId);
    }
}
