using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Deduplication;

// Rebuilding the index from the store at start-up.
public sealed partial class DuplicateIndex
{
    /// <summary>
    /// An index holding the stored members in their stored clusters, without re-matching:
    /// published ids and memberships come back as they were written. Two passes: every member's
    /// lines are counted into the boilerplate tables first, so that the first ads of a source are
    /// fingerprinted as the last ones will be. Members removed before the window are skipped.
    /// </summary>
    public static DuplicateIndex Load(IEnumerable<StoredMember> members, IEnumerable<Source> sources, TimeProvider time, DedupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        var index = new DuplicateIndex(sources, time, options);
        var limit = time.GetUtcNow() - index._options.Window;
        var kept = new List<StoredMember>();
        foreach (var stored in members)
        {
            if (stored.RemovedAt is not { } removedAt || removedAt > limit)
                kept.Add(stored);
        }
        foreach (var stored in kept)
            index._builder.Learn(stored.Offer);

        var removed = new List<(DedupMember Member, DateTimeOffset RemovedAt)>();
        foreach (var stored in kept)
        {
            var key = MemberKey.Of(stored.Offer);
            if (index._byKey.ContainsKey(key))
                throw new ArgumentException($"Le membre {key} figure deux fois parmi les membres chargés.", nameof(members));
            var member = new DedupMember(key, index.NewSlot(), Retained(stored.Offer), index._builder.Build(stored.Offer, learn: false))
            {
                RemovedAt = stored.RemovedAt,
            };
            index._slots[member.Slot] = member;
            index._byKey.Add(key, member);
            index._candidates.Insert(member.Slot, member.Print);
            var since = stored.PublishedSince ?? new DateTimeOffset(DateTime.SpecifyKind(stored.Offer.Offre.DateCreation, DateTimeKind.Utc));
            var cluster = index._clusters.Find(stored.PublishedId) ?? index._clusters.Create(stored.PublishedId, since);
            if (since < cluster.Since)
                cluster.Since = since;
            ClusterSet.Join(member, cluster);
            if (stored.RemovedAt is { } at)
                removed.Add((member, at));
        }
        removed.Sort(static (x, y) => x.RemovedAt.CompareTo(y.RemovedAt));
        foreach (var entry in removed)
            index._expiry.Enqueue(entry);
        return index;
    }
}
