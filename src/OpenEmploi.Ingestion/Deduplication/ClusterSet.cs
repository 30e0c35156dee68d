namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// The clusters as disjoint sets (union-find) over members, with union by size: the larger set
/// absorbs the smaller one, whose members are re-pointed, so each member finds its set in one
/// step and a member can leave its set (an update that no longer matches, a purge) without a
/// rebuild, which a parent-pointer forest with path compression cannot offer. Re-pointing only
/// the smaller side bounds the work to O(n log n) over any sequence of unions. Which published id
/// survives is decided apart from size: see <see cref="Survivor"/>.
/// </summary>
internal sealed class ClusterSet
{
    private readonly Dictionary<string, DuplicateCluster> _byId = new(StringComparer.Ordinal);

    public int Count => _byId.Count;

    /// <summary>Entries the dictionary by id has room for (benchmarks).</summary>
    public int Capacity => _byId.EnsureCapacity(0);

    public IEnumerable<DuplicateCluster> All => _byId.Values;

    public DuplicateCluster? Find(string publishedId) => _byId.GetValueOrDefault(publishedId);

    /// <summary>True when a cluster (published or within the window) carries this id.</summary>
    public bool IdInUse(string publishedId) => _byId.ContainsKey(publishedId);

    public DuplicateCluster Create(string publishedId, DateTimeOffset since)
    {
        var cluster = new DuplicateCluster(publishedId, since);
        _byId.Add(publishedId, cluster);
        return cluster;
    }

    public static void Join(DedupMember member, DuplicateCluster cluster)
    {
        cluster.Members.Add(member);
        member.Cluster = cluster;
    }

    /// <summary>Takes a member out of its cluster; an emptied cluster is forgotten and its id freed.</summary>
    public void Detach(DedupMember member)
    {
        var cluster = member.Cluster;
        cluster.Members.Remove(member);
        if (cluster.Members.Count == 0)
            _byId.Remove(cluster.PublishedId);
    }

    /// <summary>Joins two sets; returns the set holding both and the id that stopped being published.</summary>
    public DuplicateCluster Union(DuplicateCluster a, DuplicateCluster b, out string absorbedId)
    {
        var survivor = Survivor(a, b);
        absorbedId = ReferenceEquals(survivor, a) ? b.PublishedId : a.PublishedId;
        var (large, small) = a.Members.Count >= b.Members.Count ? (a, b) : (b, a);
        foreach (var member in small.Members)
        {
            large.Members.Add(member);
            member.Cluster = large;
        }
        small.Members.Clear();
        _byId.Remove(absorbedId);
        large.PublishedId = survivor.PublishedId;
        large.Since = survivor.Since;
        _byId[large.PublishedId] = large;
        return large;
    }

    /// <summary>
    /// The id that carries on: a published offer before one back from the window (reusers follow
    /// live ids), then the one published first, then the smaller id so that replays agree.
    /// </summary>
    public static DuplicateCluster Survivor(DuplicateCluster a, DuplicateCluster b)
    {
        var aPublished = a.Published;
        if (aPublished != b.Published)
            return aPublished ? a : b;
        if (a.Since != b.Since)
            return a.Since < b.Since ? a : b;
        return string.CompareOrdinal(a.PublishedId, b.PublishedId) <= 0 ? a : b;
    }

    /// <summary>Whether a member may enter a cluster: it must be compatible with every member.</summary>
    public static bool CanJoin(DedupMember member, DuplicateCluster cluster, double nameThreshold)
    {
        foreach (var other in cluster.Members)
        {
            if (!ReferenceEquals(other, member) && !Compatibility.CanShareCluster(member.Print, other.Print, nameThreshold))
                return false;
        }
        return true;
    }

    /// <summary>Whether two clusters may become one: every cross pair must be compatible.</summary>
    public static bool CanUnite(DuplicateCluster a, DuplicateCluster b, double nameThreshold)
    {
        foreach (var member in a.Members)
        {
            if (!CanJoin(member, b, nameThreshold))
                return false;
        }
        return true;
    }
}
