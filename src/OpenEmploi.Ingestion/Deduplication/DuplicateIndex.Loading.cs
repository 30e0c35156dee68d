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
    /// Only a source's last <see cref="BoilerplateOptions.RecentAds"/> ads stay counted, so only
    /// those are learnt; fingerprints are then built on every core, the index filled in order.
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
        foreach (var stored in LastAdsOfEachSource(kept, index._options.Boilerplate.RecentAds))
            index._builder.Learn(stored.Offer);
        var prints = new Fingerprint[kept.Count];
        var boilerplate = index._builder.Boilerplate;
        Parallel.For(0, kept.Count, () => new FingerprintBuilder(boilerplate), (i, _, builder) =>
        {
            prints[i] = builder.Build(kept[i].Offer, learn: false);
            return builder;
        }, static _ => { });

        var removed = new List<(DedupMember Member, DateTimeOffset RemovedAt)>();
        for (var i = 0; i < kept.Count; i++)
        {
            var stored = kept[i];
            var key = MemberKey.Of(stored.Offer);
            if (index._byKey.ContainsKey(key))
                throw new ArgumentException($"Le membre {key} figure deux fois parmi les membres chargés.", nameof(members));
            var member = new DedupMember(key, index.NewSlot(), Retained(stored.Offer), prints[i])
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

    /// <summary>The members a source's table ends up counting, in their order: its last <paramref name="recentAds"/>.</summary>
    private static List<StoredMember> LastAdsOfEachSource(List<StoredMember> members, int recentAds)
    {
        var perSource = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = new List<StoredMember>();
        for (var i = members.Count - 1; i >= 0; i--)
        {
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(perSource, members[i].Offer.Entry.Source, out _);
            if (count++ < recentAds)
                last.Add(members[i]);
        }
        last.Reverse();
        return last;
    }
}
