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
                    Adopt(change.OffreId, batch);
                    batch.Upsert(change.OffreId);
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

    /// <summary>The unadopted members of a published offer that changes get a row of their own.</summary>
    private void Adopt(string id, BatchBuilder batch)
    {
        foreach (var key in Index.MembersOf(id))
        {
            if (!_unadopted.Contains(key))
                continue;
            // Its document is read (from the offers, where it still is: asked for before it counts
            // as adopted) with the batch's other reads, and serialised with the batch's rows.
            var own = DocumentOf(key, batch);
            _unadopted.Remove(key);
            if (own.Held is { } held)
                batch.AddRow(Adopted(key, Index.ColumnsOf(key)!, id), held);
            else
                batch.AddRow(Adopted(key, Index.ColumnsOf(key)!, id), own.Read!);
        }
    }

    /// <summary>
    /// The store entry of a published offer as the batch leaves it, when the batch is taken: its
    /// document composed by the index, with the columns of its canonical member (the one whose
    /// document it shows). The source id stays null: the (source, source id) of each member is in
    /// ingested_offers, and a canonical member moving between two offers within a batch must not
    /// meet the offers' unique source reference.
    /// </summary>
    internal OfferDraft Draft(string id, BatchBuilder batch)
    {
        // An id whose last change in the batch was an upsert is still published: nothing changed
        // its cluster since, or that change would have come after.
        var draft = Index.Draft(id)
            ?? throw new InvalidOperationException($"L'offre {id}, publiée par ce lot, n'a plus de membre en ligne dans l'index de dédoublonnage.");
        var canonical = draft.Canonical.Key;
        var columns = Index.ColumnsOf(canonical)!;
        var (held, read, contactFree) = DocumentOf(canonical, batch);
        return new OfferDraft(draft, canonical.Source, columns, held, read, contactFree);
    }

    /// <summary>
    /// A member's document: held by the index (with whether the normaliser made it, its texts
    /// cleared of contact details), or to read with the batch (from the offers while it is unadopted).
    /// </summary>
    private (Offre? Held, MemberDocumentRead? Read, bool ContactFree) DocumentOf(MemberKey key, BatchBuilder batch)
    {
        if (!Index.TryGetDocument(key, out var held, out var offerId, out var contactFree))
            throw new InvalidOperationException($"Le membre {key} n'est pas dans l'index de dédoublonnage.");
        return held is not null ? (held, null, contactFree) : (null, batch.Reads.For(key, offerId, _unadopted.Contains(key)), false);
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

/// <summary>A published offer's final state in a batch, finished once the batch's documents are read.</summary>
/// <remarks>
/// <paramref name="HeldContactFree"/>: the held document is the normaliser's, its texts cleared of
/// contact details; the published document shares those texts (<see cref="PublishedOffer.Finish"/>
/// changes only the id, the dates and origineOffre), so the store need not scan them again. A
/// document read from the store is scanned as before.
/// </remarks>
internal sealed record OfferDraft(PublishedDraft Draft, string Source, MemberColumns Columns, Offre? Held, MemberDocumentRead? Read, bool HeldContactFree = false)
{
    public OffreEntry Entry() => new(PublishedOffer.Finish(Draft, Held ?? Read!.Document!), Source, null,
        Columns.AppellationCode, Columns.Departement, Columns.Region)
    {
        ContactFree = Held is not null && HeldContactFree,
    };
}
