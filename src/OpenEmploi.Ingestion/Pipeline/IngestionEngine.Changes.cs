using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

// De-duplication calls and what they change for the store.
public sealed partial class IngestionEngine
{
    /// <summary>
    /// Adds or updates a member. A record new to the index is offered the allocator's next id,
    /// taken only if it founds a cluster (so merged copies spend no id); a known member keeps its
    /// cluster's id. The offer's id is then its cluster's, as stored.
    /// </summary>
    internal DedupResult Publish(NormalisedOffer offer, BatchBuilder batch)
    {
        var key = MemberKey.Of(offer);
        var current = Index.PublishedIdOf(key);
        var peeked = current is null ? Ids.Peek() : null;
        offer.Offre.Id = current ?? peeked!;
        var result = Index.Add(offer);
        if (peeked is not null && result.PublishedId == peeked)
            Ids.MarkUsed(peeked);
        offer.Offre.Id = result.PublishedId!;
        _unadopted.Remove(key);
        Collect(result, batch);
        return result;
    }

    /// <summary>Takes a member out of its published offer (blocked, held, rejected, gone from its feed, expired).</summary>
    internal DedupResult Unpublish(MemberKey key, BatchBuilder batch)
    {
        var result = Index.Remove(key);
        Collect(result, batch);
        return result;
    }

    private void Collect(DedupResult result, BatchBuilder batch)
    {
        foreach (var change in result.Changes)
        {
            switch (change.Kind)
            {
                case PublishedChangeKind.Created or PublishedChangeKind.Updated:
                    batch.Upsert(EntryOf(change.OffreId, change.Offre!, batch));
                    break;
                case PublishedChangeKind.MergedInto:
                    batch.Current.Renames.Add((change.OffreId, change.IntoId!));
                    batch.Delete(change.OffreId);
                    break;
                default:
                    batch.Delete(change.OffreId);
                    break;
            }
        }
    }

    /// <summary>
    /// The store entry of a published document: the columns of its canonical member (the one whose
    /// document it shows). The source id stays null: the (source, source id) of each member is in
    /// ingested_offers, and a canonical member moving between two offers within a batch must not
    /// meet the offers' unique source reference. Unadopted members of the cluster get a row.
    /// </summary>
    private OffreEntry EntryOf(string id, Offre document, BatchBuilder batch)
    {
        foreach (var key in Index.MembersOf(id))
        {
            if (!_unadopted.Contains(key))
                continue;
            // Read (from the offers, where it still is) before it counts as adopted: the index
            // holds it from now until the adoption row is written.
            var own = Index.DocumentOf(key)!;
            _unadopted.Remove(key);
            // Its document is serialised with the batch's rows, on every core, when the batch is taken.
            batch.AddRow(Adopted(key, Index.ColumnsOf(key)!, id), own);
        }
        if (Index.CanonicalOf(id) is not { } canonical || Index.ColumnsOf(canonical) is not { } columns)
            return new OffreEntry(document, Core.Offres.Sources.Plateforme, null, null, null, null);
        return new OffreEntry(document, canonical.Source, null, columns.AppellationCode, columns.Departement, columns.Region);
    }

    private IngestedRow Adopted(MemberKey key, MemberColumns columns, string publishedId)
    {
        var now = Time.GetUtcNow();
        return new IngestedRow(key.Source, key.Id, publishedId, IngestionStatus.Published, [], [], null, null, null,
            key.Source == Core.Offres.Sources.Plateforme ? "employer" : "partner", null, columns.AppellationCode, columns.Departement, columns.Region,
            null, now, now, null, null, Document: null);
    }

    /// <summary>
    /// The documents the index does not keep, read from the store: an adopted or ingested member's
    /// from its ingested row (its last written version), an offer no ingestion produced from the
    /// offers, under its own id.
    /// </summary>
    private sealed class StoredMemberDocuments(IngestionEngine engine) : IMemberDocuments
    {
        public Offre Read(MemberKey key, string offerId)
        {
            var json = engine._unadopted.Contains(key) ? engine.Store.ReadOffreJson(offerId) : engine.Store.ReadDocument(key.Source, key.Id);
            return json is null
                ? throw new InvalidOperationException($"Le document du membre {key} (offre {offerId}) est introuvable dans la base : recharger l'index.")
                : StoredDocument.Read(json);
        }
    }
}
