using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// The de-duplication state: every member (one source's record of a job, live or removed within
/// the window), grouped into clusters, one published offer per cluster. Add, Update and Remove
/// return what changed for the published offers, for the pipeline to write through the change
/// log. A cluster's published id is the offer id of its first published member and stays while
/// the cluster lives, whatever joins or leaves it; when two clusters join, the one published
/// first keeps its id and the other is reported merged into it. A removed member stays a
/// candidate for <see cref="DedupOptions.Window"/>, so a job reposted within it gets its old id
/// back. In memory and single-writer: the pipeline calls it from one thread.
/// </summary>
public sealed partial class DuplicateIndex
{
    private readonly DedupOptions _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, Source> _sources;
    private readonly FingerprintBuilder _builder;
    // Prepare's analyses until Add or Update takes them, and the analysers of the threads that prepare.
    private readonly ConditionalWeakTable<NormalisedOffer, TextAnalysis> _prepared = [];
    private readonly ConcurrentBag<FingerprintBuilder> _analysers = [];
    private readonly CandidateIndex _candidates = new();
    private readonly ClusterSet _clusters = new();
    private readonly Dictionary<MemberKey, DedupMember> _byKey = [];
    private readonly List<DedupMember?> _slots = [];
    private readonly Stack<int> _freeSlots = new();
    // Each slot's commune as a small number (0: none), so that a candidate in another commune is
    // dropped without reading its member (at a million members, a cache miss or three each).
    private readonly Dictionary<string, int> _communeIds = new(StringComparer.Ordinal);
    private int[] _communeOfSlot = new int[1024];

    public DuplicateIndex(IEnumerable<Source> sources, TimeProvider time, DedupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(time);
        _options = options ?? new DedupOptions();
        _time = time;
        _sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in sources)
            _sources[source.Code] = source;
        _builder = new FingerprintBuilder(new SourceBoilerplate(_options.Boilerplate));
    }

    /// <summary>A source registered since the index was built: its name then shows in the offers it contributes to.</summary>
    public void AddSource(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _sources[source.Code] = source;
    }

    /// <summary>How much matching the index did (for benchmarks): members matched, candidates met.</summary>
    internal MatchStatistics Statistics { get; } = new();

    /// <summary>The per-source boilerplate table the index learns as offers arrive.</summary>
    public SourceBoilerplate Boilerplate => _builder.Boilerplate;

    /// <summary>Members held: live ones and those removed within the window.</summary>
    public int MemberCount => _byKey.Count;

    /// <summary>Clusters with at least one live member, i.e. published offers.</summary>
    public int PublishedCount
    {
        get
        {
            var count = 0;
            foreach (var cluster in _clusters.All)
            {
                if (cluster.Published)
                    count++;
            }
            return count;
        }
    }

    /// <summary>
    /// Analyses an offer's text ahead of <see cref="Add"/> or <see cref="Update"/>, which then only
    /// weigh its lines against the source's boilerplate: the costly part of a fingerprint, moved
    /// off the index's single thread. Thread-safe, and the only member that is: the pipeline calls
    /// it in parallel over a batch before deciding the batch's records in order. The offer must
    /// not change in between; an offer prepared and never added costs nothing.
    /// </summary>
    public void Prepare(NormalisedOffer offer) => Analyse(offer);

    /// <summary><see cref="Prepare"/>, giving the analysis (the pipeline derives the row's stored print from it, <see cref="FingerprintBuilder.Reuse"/>).</summary>
    internal TextAnalysis Analyse(NormalisedOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var analyser = _analysers.TryTake(out var pooled) ? pooled : new FingerprintBuilder(_builder.Boilerplate);
        try
        {
            var analysis = analyser.Analyse(offer);
            _prepared.AddOrUpdate(offer, analysis);
            return analysis;
        }
        finally
        {
            _analysers.Add(analyser);
        }
    }

    /// <summary>True when the index holds this member live: an incoming record with this key is an update.</summary>
    public bool Contains(MemberKey key) => _byKey.TryGetValue(key, out var member) && member.Live;

    /// <summary>The published offer a member belongs to (also for a member removed within the window), or null.</summary>
    public string? PublishedIdOf(MemberKey key) => _byKey.TryGetValue(key, out var member) ? member.Cluster.PublishedId : null;

    /// <summary>The live members of a published offer.</summary>
    public IReadOnlyList<MemberKey> MembersOf(string publishedId)
    {
        var cluster = _clusters.Find(publishedId);
        if (cluster is null)
            return [];
        var keys = new List<MemberKey>(cluster.Members.Count);
        foreach (var member in cluster.Members)
        {
            if (member.Live)
                keys.Add(member.Key);
        }
        return keys;
    }

    /// <summary>The store columns of a member's record, or null when the index does not hold it.</summary>
    internal MemberColumns? ColumnsOf(MemberKey key) =>
        _byKey.TryGetValue(key, out var member) ? new MemberColumns(member.AppellationCode, member.Departement, member.Region) : null;

    /// <summary>A member's whole wire document (read from the store when the index does not hold it), or null.</summary>
    internal Offre? DocumentOf(MemberKey key) => _byKey.TryGetValue(key, out var member) ? DocumentOf(member) : null;

    /// <summary>The member whose document a published offer shows (<see cref="PublishedOffer.Canonical"/>), or null.</summary>
    internal MemberKey? CanonicalOf(string publishedId) =>
        _clusters.Find(publishedId) is { } cluster && PublishedOffer.Canonical(cluster) is { } canonical ? canonical.Key : null;

    /// <summary>The document published under <paramref name="publishedId"/>, or null when nothing is.</summary>
    public Offre? Published(string publishedId)
    {
        var cluster = _clusters.Find(publishedId);
        return cluster is null ? null : PublishedOffer.Compose(cluster, _sources, _options, DocumentOf);
    }

    /// <summary>
    /// A record from a source. A known (source, source id) is an update (<see cref="Update"/>);
    /// otherwise the record is matched against the index and joins the clusters it duplicates.
    /// </summary>
    public DedupResult Add(NormalisedOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var key = MemberKey.Of(offer);
        if (_byKey.ContainsKey(key))
            return Update(offer);
        PurgeExpired();
        BeginChanges();
        key = key with { Source = Code(key.Source)! };
        var member = new DedupMember(key, NewSlot(), Shared(Fingerprint(offer)));
        Describe(member, offer, holdDocument: true);
        _slots[member.Slot] = member;
        _byKey.Add(key, member);
        InsertCandidate(member);
        var (layer, possible) = Attach(member, current: null);
        return Result(member, isUpdate: false, layer, possible);
    }

    /// <summary>
    /// A new version of a known member (an unknown one is added). It stays in its cluster while
    /// it still verifies against another member (or is alone), and may then join more; otherwise
    /// it leaves and is matched afresh. A member removed within the window comes back to life.
    /// </summary>
    public DedupResult Update(NormalisedOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var key = MemberKey.Of(offer);
        if (!_byKey.TryGetValue(key, out var member))
            return Add(offer);
        PurgeExpired();
        BeginChanges();
        var cluster = member.Cluster;
        Touch(cluster);
        _candidates.Remove(member.Slot, member.Print);
        Describe(member, offer, holdDocument: true);
        member.Print = Shared(Fingerprint(offer));
        member.RemovedAt = null;
        InsertCandidate(member);
        var stays = StillBelongs(member, cluster);
        if (!stays)
            _clusters.Detach(member);
        var (layer, possible) = Attach(member, stays ? cluster : null);
        return Result(member, isUpdate: true, layer, possible);
    }

    /// <summary>
    /// The source no longer has the record. Its cluster's offer is updated without it, or deleted
    /// when it was the last live member; the member stays a candidate for the window.
    /// </summary>
    public DedupResult Remove(MemberKey key)
    {
        PurgeExpired();
        if (!_byKey.TryGetValue(key, out var member) || !member.Live)
            return new DedupResult(key, DedupOutcome.Unknown, false, null, MatchLayer.None, [], []);
        BeginChanges();
        Touch(member.Cluster);
        member.RemovedAt = _time.GetUtcNow();
        _expiry.Enqueue((member, member.RemovedAt.Value));
        return new DedupResult(key, DedupOutcome.Removed, false, member.Cluster.PublishedId, MatchLayer.None, EndChanges(), []);
    }

    /// <summary>The offer's fingerprint, learning its lines: from its prepared analysis when there is one.</summary>
    private Fingerprint Fingerprint(NormalisedOffer offer)
    {
        if (!_prepared.TryGetValue(offer, out var analysis))
            return _builder.Build(offer, learn: true);
        _prepared.Remove(offer);
        // An analysis whose arrays went back to the pool with its batch (an offer fingerprinted
        // again after its record was written) is built afresh: the same fingerprint.
        return analysis.IsReleased ? _builder.Build(offer, learn: true) : _builder.Finish(analysis, learn: true);
    }

    private DedupResult Result(DedupMember member, bool isUpdate, MatchLayer layer, IReadOnlyList<PossibleDuplicate> possible)
    {
        var others = 0;
        foreach (var other in member.Cluster.Members)
        {
            if (other.Live && !ReferenceEquals(other, member))
                others++;
        }
        var outcome = others > 0 ? DedupOutcome.Duplicate : DedupOutcome.Unique;
        return new DedupResult(member.Key, outcome, isUpdate, member.Cluster.PublishedId, layer, EndChanges(), possible);
    }

    /// <summary>Makes the member a candidate, and notes its commune by slot for <see cref="Attach"/>'s first check.</summary>
    private void InsertCandidate(DedupMember member, bool loaded = false)
    {
        if (loaded)
        {
            _candidates.InsertLoaded(member.Slot, member.Print);
            member.Print.BandKeys = [];
        }
        else
        {
            _candidates.Insert(member.Slot, member.Print);
        }
        if (member.Slot >= _communeOfSlot.Length)
            Array.Resize(ref _communeOfSlot, Math.Max(member.Slot + 1, _communeOfSlot.Length + (_communeOfSlot.Length / 4)));
        var commune = 0;
        if (member.Print.Commune is { } code)
        {
            ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_communeIds, code, out var known);
            if (!known)
                id = _communeIds.Count;
            commune = id;
        }
        _communeOfSlot[member.Slot] = commune;
    }

    private int NewSlot()
    {
        if (_freeSlots.TryPop(out var slot))
            return slot;
        _slots.Add(null);
        return _slots.Count - 1;
    }
}

/// <summary>Counts of <see cref="DuplicateIndex"/>'s matching work, read by the ingest benchmark.</summary>
internal sealed class MatchStatistics
{
    public long Matched { get; set; }

    public long Candidates { get; set; }
}
