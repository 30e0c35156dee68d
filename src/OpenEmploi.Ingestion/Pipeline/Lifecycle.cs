using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// What happens to offers between imports: expiry (end date passed, or not confirmed by a full
/// feed of their source for <see cref="IngestionOptions.NotSeenExpiry"/>) and the moderator's
/// approve / reject of held offers. Re-publication needs nothing here: a removed record that comes
/// back in a feed is processed as new, and joins its old offer within the de-duplication window.
/// </summary>
public static class Lifecycle
{
    /// <summary>Removes expired records from their offers; returns how many. A web host can schedule it.</summary>
    public static async Task<int> ExpireAsync(IngestionEngine engine, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var now = engine.Time.GetUtcNow();
        var expired = await engine.Store.ListExpiredAsync(now, now - engine.Options.NotSeenExpiry, ct);
        var batch = new BatchBuilder(engine, null);
        foreach (var row in expired)
        {
            var key = new MemberKey(row.SourceCode, row.SourceId);
            if (engine.Index.Contains(key))
                engine.Unpublish(key, batch);
            batch.Current.Removals.Add((row.SourceCode, row.SourceId));
        }
        await engine.Store.ApplyBatchAsync(batch.Take(null), ct);
        engine.Index.ReleaseDocuments();
        return expired.Count;
    }

    /// <summary>Publishes a held record (it joins its duplicates as any record would); returns the published id.</summary>
    public static async Task<string> ApproveAsync(IngestionEngine engine, string sourceCode, string sourceId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var row = await HeldAsync(engine, sourceCode, sourceId, ct);
        // Held before its partner withdrew its consent: approval would publish what may not be.
        if (engine.Sources.TryGetValue(sourceCode, out var source) && !RecordProcessor.IsRedistributable(source))
            throw new IngestionException(RecordProcessor.WithheldReason(sourceCode));
        var entry = new OffreEntry(StoredDocument.Read(row.Document!), row.SourceCode, row.SourceId, row.AppellationCode, row.Departement, row.Region);
        var offer = new NormalisedOffer(entry, new RawOffer(), IngestionEngine.PosterOf(row.Poster), row.Siret, []);
        var batch = new BatchBuilder(engine, null);
        var result = engine.Publish(offer, batch);
        var now = engine.Time.GetUtcNow();
        var status = result.Outcome == DedupOutcome.Duplicate ? IngestionStatus.Duplicate : IngestionStatus.Published;
        batch.Current.Rows.Add(row with
        {
            PublishedId = result.PublishedId, Status = status, LastSeenAt = now, RemovedAt = null,
            Reasons = [.. row.Reasons, "Approuvée par la modération."], Document = OffreJson.Serialize(offer.Offre),
        });
        await engine.Store.ApplyBatchAsync(batch.Take(null), ct);
        engine.Index.ReleaseDocuments();
        return result.PublishedId!;
    }

    /// <summary>Refuses a held record: it stays stored, rejected, with the moderator's reason.</summary>
    public static async Task RejectAsync(IngestionEngine engine, string sourceCode, string sourceId, string reason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var row = await HeldAsync(engine, sourceCode, sourceId, ct);
        var batch = new BatchBuilder(engine, null);
        batch.Current.Rows.Add(row with
        {
            Status = IngestionStatus.Rejected, Codes = [.. row.Codes, "MODERATION"],
            Reasons = [.. row.Reasons, "Refusée par la modération : " + reason],
        });
        await engine.Store.ApplyBatchAsync(batch.Take(null), ct);
        engine.Index.ReleaseDocuments();
    }

    private static async Task<IngestedRow> HeldAsync(IngestionEngine engine, string sourceCode, string sourceId, CancellationToken ct)
    {
        var row = await engine.Store.GetRowAsync(sourceCode, sourceId, ct)
            ?? throw new IngestionException($"Aucune offre {sourceCode}/{sourceId} dans la base.");
        if (row.Status != IngestionStatus.Held || row.Document is null)
            throw new IngestionException($"L'offre {sourceCode}/{sourceId} n'est pas en attente de modération (statut {row.Status}).");
        return row;
    }
}
