namespace OpenEmploi.Ingestion.Deduplication;

// Matching: candidates, verification, joining clusters.
public sealed partial class DuplicateIndex
{
    private readonly List<Candidate> _found = [];
    private readonly List<ClusterMatch> _matches = [];

    /// <summary>
    /// Verifies the member's candidates and joins the clusters it duplicates, best match first,
    /// each only if every member stays compatible (so A≈B and B≈C never put two communes
    /// together). Without a cluster to stay in or join, the member starts its own.
    /// </summary>
    private (MatchLayer Layer, IReadOnlyList<PossibleDuplicate> Possible) Attach(DedupMember member, DuplicateCluster? current)
    {
        _found.Clear();
        _matches.Clear();
        _candidates.Candidates(member.Print, member.Slot, _found);
        Statistics.Matched++;
        Statistics.Candidates += _found.Count;
        List<(DedupMember Other, double Jaccard)>? close = null;
        var commune = _communeOfSlot[member.Slot];
        foreach (var candidate in _found)
        {
            // Two communes: PairVerifier's first check says distinct, and nothing follows from that.
            var theirs = _communeOfSlot[candidate.Slot];
            if (commune != 0 && theirs != 0 && theirs != commune)
                continue;
            var other = _slots[candidate.Slot]!;
            if (current is not null && ReferenceEquals(other.Cluster, current))
                continue;
            var check = PairVerifier.Check(member.Print, other.Print, _options, (candidate.Reason & CandidateReason.SameApplyUrl) != 0);
            if (check.Verdict == Verdict.Duplicate)
                AddMatch(other.Cluster, Score(candidate.Reason, check), Layer(candidate.Reason, check));
            else if (check.Verdict == Verdict.PossibleDuplicate)
                (close ??= []).Add((other, check.Jaccard));
        }
        // Best first: the strongest evidence decides where a member with several matches goes.
        _matches.Sort(static (x, y) => y.Score.CompareTo(x.Score));

        var target = current;
        var layer = MatchLayer.None;
        foreach (var match in _matches)
        {
            var cluster = match.Cluster;
            if (cluster.Members.Count == 0)
                continue;
            if (target is null)
            {
                if (!ClusterSet.CanJoin(member, cluster, _options.EmployerNameThreshold))
                    continue;
                Touch(cluster);
                ClusterSet.Join(member, cluster);
                target = cluster;
                layer = match.Layer;
            }
            else if (!ReferenceEquals(cluster, target) && ClusterSet.CanUnite(target, cluster, _options.EmployerNameThreshold))
            {
                Touch(target);
                Touch(cluster);
                target = _clusters.Union(target, cluster, out var absorbedId);
                NoteMerge(absorbedId, target.PublishedId);
                layer = layer == MatchLayer.None ? match.Layer : layer;
            }
        }
        target ??= NewCluster(member);
        return (layer, Possible(close, target));
    }

    /// <summary>After an update: still compatible with every member and a duplicate of one (or alone).</summary>
    private bool StillBelongs(DedupMember member, DuplicateCluster cluster)
    {
        if (cluster.Members.Count == 1)
            return true;
        if (!ClusterSet.CanJoin(member, cluster, _options.EmployerNameThreshold))
            return false;
        foreach (var other in cluster.Members)
        {
            if (!ReferenceEquals(other, member)
                && PairVerifier.Check(member.Print, other.Print, _options, sameApplyUrl: other.Print.UrlHash != 0 && other.Print.UrlHash == member.Print.UrlHash).Verdict == Verdict.Duplicate)
                return true;
        }
        return false;
    }

    private DuplicateCluster NewCluster(DedupMember member)
    {
        var id = member.OfferId;
        if (_clusters.IdInUse(id))
        {
            id = _options.NewOffreId?.Invoke()
                ?? throw new InvalidOperationException(
                    $"L'offre {id} ({member.Key}) doit être publiée seule mais son identifiant est déjà celui d'une autre offre publiée : configurer DedupOptions.NewOffreId.");
        }
        var cluster = _clusters.Create(id, _time.GetUtcNow());
        ClusterSet.Join(member, cluster);
        Touch(cluster, wasPublished: false);
        return cluster;
    }

    private void AddMatch(DuplicateCluster cluster, double score, MatchLayer layer)
    {
        for (var i = 0; i < _matches.Count; i++)
        {
            if (ReferenceEquals(_matches[i].Cluster, cluster))
            {
                if (score > _matches[i].Score)
                    _matches[i] = new ClusterMatch(cluster, score, layer);
                return;
            }
        }
        _matches.Add(new ClusterMatch(cluster, score, layer));
    }

    // Exact layers rank above any text similarity; then the Jaccard decides.
    private static double Score(CandidateReason reason, PairCheck check) =>
        (reason & CandidateReason.SameContent) != 0 ? 3 : check.Reason == PairReason.SameApplyUrl ? 2 : check.Jaccard + check.Overlap;

    private static MatchLayer Layer(CandidateReason reason, PairCheck check) =>
        (reason & CandidateReason.SameContent) != 0 ? MatchLayer.ContentHash
        : check.Reason == PairReason.SameApplyUrl ? MatchLayer.ApplyUrl
        : MatchLayer.MinHash;

    private static List<PossibleDuplicate> Possible(List<(DedupMember Other, double Jaccard)>? close, DuplicateCluster target)
    {
        var result = new List<PossibleDuplicate>();
        if (close is null)
            return result;
        foreach (var (other, jaccard) in close)
        {
            // Reported once per other offer, and not when it ended up in the same cluster anyway.
            if (ReferenceEquals(other.Cluster, target) || !other.Live || result.Exists(p => p.OtherPublishedId == other.Cluster.PublishedId))
                continue;
            result.Add(new PossibleDuplicate(other.Key, other.Cluster.PublishedId, jaccard));
        }
        return result;
    }

    private readonly record struct ClusterMatch(DuplicateCluster Cluster, double Score, MatchLayer Layer);
}
