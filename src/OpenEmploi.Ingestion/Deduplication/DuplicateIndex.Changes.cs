namespace OpenEmploi.Ingestion.Deduplication;

// What one call changed for the published offers, and the window's end for removed members.
public sealed partial class DuplicateIndex
{
    private readonly Dictionary<string, bool> _touched = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _mergedInto = new(StringComparer.Ordinal);
    // Removal order is time order: the oldest removal is always at the head.
    private readonly Queue<(DedupMember Member, DateTimeOffset RemovedAt)> _expiry = new();

    /// <summary>
    /// Forgets the members removed more than <see cref="DedupOptions.Window"/> ago: they stop
    /// being candidates, and a cluster left without members frees its id. Nothing published
    /// changes (removed members are already out of their offers). Runs at each call; public for
    /// a scheduler that wants memory back during a quiet period.
    /// </summary>
    public int PurgeExpired()
    {
        var limit = _time.GetUtcNow() - _options.Window;
        var purged = 0;
        while (_expiry.TryPeek(out var head) && head.RemovedAt <= limit)
        {
            _expiry.Dequeue();
            var member = head.Member;
            // Revived (updated or added again) or removed again since it was queued: not this entry's turn.
            if (member.RemovedAt != head.RemovedAt || !_byKey.TryGetValue(member.Key, out var current) || !ReferenceEquals(current, member))
                continue;
            _candidates.Remove(member.Slot, member.Print);
            _byKey.Remove(member.Key);
            _slots[member.Slot] = null;
            member.Document = null;
            _freeSlots.Push(member.Slot);
            _clusters.Detach(member);
            purged++;
        }
        return purged;
    }

    private void BeginChanges()
    {
        _touched.Clear();
        _mergedInto.Clear();
    }

    /// <summary>Records a cluster's state before the call changes it (first touch wins).</summary>
    private void Touch(DuplicateCluster cluster) => _touched.TryAdd(cluster.PublishedId, cluster.Published);

    private void Touch(DuplicateCluster cluster, bool wasPublished) => _touched.TryAdd(cluster.PublishedId, wasPublished);

    private void NoteMerge(string absorbedId, string survivorId) => _mergedInto[absorbedId] = survivorId;

    /// <summary>Upserts first (the survivor of a merge exists before its absorbed id is deleted), then deletions.</summary>
    private List<PublishedChange> EndChanges()
    {
        var upserts = new List<PublishedChange>();
        var deletions = new List<PublishedChange>();
        foreach (var (id, wasPublished) in _touched)
        {
            if (_mergedInto.ContainsKey(id))
            {
                if (wasPublished)
                    deletions.Add(new PublishedChange(PublishedChangeKind.MergedInto, id, IntoId: FinalId(id)));
                continue;
            }
            var cluster = _clusters.Find(id);
            // Deferred: the caller composes the offer's last state of its batch (Draft), the same document.
            var published = cluster is not null && cluster.Published;
            var document = !published || _options.DeferDocuments ? null : PublishedOffer.Compose(cluster!, _sources, _options, DocumentOf);
            if (published)
                upserts.Add(new PublishedChange(wasPublished ? PublishedChangeKind.Updated : PublishedChangeKind.Created, id, document));
            else if (wasPublished)
                deletions.Add(new PublishedChange(PublishedChangeKind.Deleted, id));
        }
        upserts.AddRange(deletions);
        return upserts;
    }

    private string FinalId(string id)
    {
        while (_mergedInto.TryGetValue(id, out var next))
            id = next;
        return id;
    }
}
