using System.Runtime.InteropServices;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Deduplication;

// Rebuilding the index from the store at start-up.
public sealed partial class DuplicateIndex
{
    /// <summary>
    /// An index holding the stored members in their stored clusters, without re-matching:
    /// published ids and memberships come back as they were written. Two passes: the boilerplate
    /// tables first, so that the first ads of a source are fingerprinted as the last ones will be
    /// (a source's table counts only its last <see cref="BoilerplateOptions.RecentAds"/> ads, so
    /// only those are learnt), then the fingerprints, built on every core, and the index filled in
    /// order. Members removed before the window are skipped.
    /// </summary>
    public static DuplicateIndex Load(IEnumerable<StoredMember> members, IEnumerable<Source> sources, TimeProvider time, DedupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        return LoadCore<StoredMember>([.. members], sources, time, options, nameof(members));
    }

    /// <summary>
    /// <see cref="Load"/> from the store's rows: each member comes with its stored print
    /// (<see cref="StoredMemberDocument.Print"/>, migration 12) or its stored JSON, or both. A
    /// print of the current <see cref="StoredPrint.Version"/> whose boilerplate lines the load's
    /// table drops alike is taken as it is; any other member is parsed (its JSON, or its document
    /// read through <see cref="DedupOptions.Documents"/>) and fingerprinted on every core, and its
    /// new print handed to <paramref name="recomputed"/> for the caller to store (the backfill of
    /// a base without prints, and the recomputation after a version bump). Then only what matching
    /// and composing read stays (dates, codes); with a reader the document itself is dropped and
    /// read back from the store when a published offer needs it whole, without one it stays parsed.
    /// <paramref name="factsOf"/> computes, from a parsed offer, what else a load learns from the
    /// base (the fraud check's template and the pay distribution), stored with the print;
    /// <paramref name="onLive"/> sees each live member's facts (called in the members' order).
    /// </summary>
    public static DuplicateIndex LoadDocuments(
        IReadOnlyList<StoredMemberDocument> members, IEnumerable<Source> sources, TimeProvider time, DedupOptions? options = null,
        Func<NormalisedOffer, LoadFacts>? factsOf = null, Action<StoredMemberDocument, LoadFacts>? onLive = null,
        List<(StoredMemberDocument Member, byte[] Print)>? recomputed = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        return LoadCore(members, sources, time, options, nameof(members), factsOf, onLive, recomputed);
    }

    private static DuplicateIndex LoadCore<T>(
        IReadOnlyList<T> members, IEnumerable<Source> sources, TimeProvider time, DedupOptions? options, string argument,
        Func<NormalisedOffer, LoadFacts>? factsOf = null, Action<T, LoadFacts>? onLive = null,
        List<(T Member, byte[] Print)>? recomputed = null)
        where T : ILoadedMember
    {
        var index = new DuplicateIndex(sources, time, options);
        var limit = time.GetUtcNow() - index._options.Window;
        var kept = new List<T>(members.Count);
        foreach (var member in members)
        {
            if (member.RemovedAt is not { } removedAt || removedAt > limit)
                kept.Add(member);
        }
        // Stored prints decoded on every core: null for a member without one (or of another version).
        var stored = new StoredPrint?[kept.Count];
        Parallel.For(0, kept.Count, i => stored[i] = kept[i].Print is { } bytes ? StoredPrint.Decode(bytes) : null);
        foreach (var i in LastAdsOfEachSource(kept, index._options.Boilerplate.RecentAds))
        {
            if (stored[i] is { } print)
                index._builder.Boilerplate.Observe(kept[i].Source, print.Lines);
            else
                index._builder.Learn(index.Read(kept[i], whole: false));
        }

        index._slots.Capacity = kept.Count;
        index._candidates.BeginLoad(kept.Count);
        Array.Resize(ref index._communeOfSlot, Math.Max(index._communeOfSlot.Length, kept.Count));
        // Fingerprinted on every core, a block at a time: the parsed documents of one block are
        // all that is alive at once besides the index (members keep their own only without a reader).
        var prints = new Fingerprint[Math.Min(kept.Count, LoadBlock)];
        var offers = new NormalisedOffer[prints.Length];
        var facts = new LoadFacts[prints.Length];
        var fresh = new byte[]?[prints.Length];
        var boilerplate = index._builder.Boilerplate;
        var removed = new List<(DedupMember Member, DateTimeOffset RemovedAt)>();
        var holdDocuments = index._options.Documents is null;
        for (var start = 0; start < kept.Count; start += LoadBlock)
        {
            var count = Math.Min(LoadBlock, kept.Count - start);
            Parallel.For(0, count, () => new FingerprintBuilder(boilerplate), (i, _, builder) =>
            {
                var member = kept[start + i];
                fresh[i] = null;
                if (!holdDocuments && stored[start + i] is { } print && print.DropsAlike(boilerplate, member.Source))
                {
                    prints[i] = print.Print;
                    offers[i] = member.Stub(print);
                    facts[i] = print.Facts;
                    stored[start + i] = null;
                    return builder;
                }
                // Kept whole only without a reader; else read for matching, its lists skipped.
                var offer = index.Read(member, whole: holdDocuments);
                prints[i] = builder.Build(offer, learn: false);
                facts[i] = factsOf is null ? default : factsOf(offer);
                if (recomputed is not null)
                    fresh[i] = StoredPrint.Encode(builder, prints[i], offer, facts[i], member.Source);
                offers[i] = holdDocuments ? offer : Stub(offer);
                stored[start + i] = null;
                return builder;
            }, static _ => { });
            for (var i = 0; i < count; i++)
            {
                var member = kept[start + i];
                if (fresh[i] is { } print)
                    recomputed!.Add((member, print));
                if (onLive is not null && member.RemovedAt is null)
                    onLive(member, facts[i]);
                index.AddLoaded(member, offers[i], prints[i], holdDocuments, removed, argument);
            }
        }
        index._candidates.Seal();
        removed.Sort(static (x, y) => x.RemovedAt.CompareTo(y.RemovedAt));
        foreach (var entry in removed)
            index._expiry.Enqueue(entry);
        return index;
    }

    /// <summary>A member's offer parsed from its JSON, or, when it came with a print and no JSON, its document read through the reader.</summary>
    private NormalisedOffer Read<T>(T member, bool whole)
        where T : ILoadedMember
    {
        if (member.CanParse)
            return member.Parse(whole);
        var reader = _options.Documents
            ?? throw new InvalidOperationException($"Le membre {member.Key} n'a ni document ni lecteur de documents (DedupOptions.Documents).");
        return member.With(reader.Read(member.Key, member.PublishedId));
    }

    private const int LoadBlock = 16_384;

    /// <summary>
    /// What <see cref="AddLoaded"/> reads of an offer whose document the index will not keep: its
    /// key, ids, dates and codes. The parsed document dies here, young, instead of surviving the
    /// block into an older generation of the garbage collector.
    /// </summary>
    private static NormalisedOffer Stub(NormalisedOffer offer)
    {
        var o = offer.Offre;
        var stub = new Offre { Id = o.Id, DateCreation = o.DateCreation, DateActualisation = o.DateActualisation };
        return new NormalisedOffer(offer.Entry with { Offre = stub }, NoRaw, offer.Poster, null, []);
    }

    private static readonly RawOffer NoRaw = new();

    /// <summary>One stored member into its stored cluster.</summary>
    private void AddLoaded<T>(T stored, NormalisedOffer offer, Fingerprint print, bool holdDocument, List<(DedupMember, DateTimeOffset)> removed, string argument)
        where T : ILoadedMember
    {
        var key = MemberKey.Of(offer);
        if (_byKey.ContainsKey(key))
            throw new ArgumentException($"Le membre {key} figure deux fois parmi les membres chargés.", argument);
        key = key with { Source = Code(key.Source)! };
        var member = new DedupMember(key, NewSlot(), Shared(print)) { RemovedAt = stored.RemovedAt };
        Describe(member, offer, holdDocument);
        _slots[member.Slot] = member;
        _byKey.Add(key, member);
        InsertCandidate(member, loaded: true);
        var since = stored.PublishedSince ?? new DateTimeOffset(DateTime.SpecifyKind(offer.Offre.DateCreation, DateTimeKind.Utc));
        // A cluster's id is most often its founding member's own: one string for both.
        var publishedId = stored.PublishedId == member.OfferId ? member.OfferId : stored.PublishedId;
        var cluster = _clusters.Find(publishedId) ?? _clusters.Create(publishedId, since);
        if (since < cluster.Since)
            cluster.Since = since;
        ClusterSet.Join(member, cluster);
        if (stored.RemovedAt is { } at)
            removed.Add((member, at));
    }

    /// <summary>The positions of the members a source's table ends up counting, in their order: its last <paramref name="recentAds"/>.</summary>
    private static List<int> LastAdsOfEachSource<T>(List<T> members, int recentAds)
        where T : ILoadedMember
    {
        var perSource = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = new List<int>();
        for (var i = members.Count - 1; i >= 0; i--)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(perSource, members[i].Source, out _);
            if (count++ < recentAds)
                last.Add(i);
        }
        last.Reverse();
        return last;
    }
}

/// <summary>A member as <see cref="DuplicateIndex"/> loads it, parsed or not.</summary>
internal interface ILoadedMember
{
    string Source { get; }

    string PublishedId { get; }

    DateTimeOffset? RemovedAt { get; }

    DateTimeOffset? PublishedSince { get; }

    /// <summary>Its key, known without parsing it.</summary>
    MemberKey Key { get; }

    /// <summary>Its stored print (<see cref="StoredPrint"/>), or null.</summary>
    byte[]? Print => null;

    /// <summary>False when it came with a print only: its document is then read through the index's reader.</summary>
    bool CanParse => true;

    /// <summary>The member's offer: <paramref name="whole"/>, or only what matching and the load's other readers use (<see cref="OffreJson.DeserializeForMatching"/>).</summary>
    NormalisedOffer Parse(bool whole);

    /// <summary>The member's offer from its document read elsewhere.</summary>
    NormalisedOffer With(Offre document) => throw new InvalidOperationException($"Le membre {Key} n'a pas de document à relire.");

    /// <summary>What the index keeps of the member's offer, from its stored print (<see cref="DuplicateIndex.Stub"/>).</summary>
    NormalisedOffer Stub(StoredPrint print) => throw new InvalidOperationException($"Le membre {Key} n'a pas d'empreinte enregistrée.");
}

/// <summary>
/// A stored member as the store gives it (<see cref="DuplicateIndex.LoadDocuments"/>): the columns
/// of its record, its stored print when it has one of the current version (migration 12), and its
/// wire document as stored JSON (UTF-8, with its id) when it has none — or both.
/// </summary>
public sealed record StoredMemberDocument(
    byte[]? Json, string Source, string? SourceId, string? AppellationCode, string? Departement, string? Region,
    PosterKind Poster, string? Siret, string PublishedId, DateTimeOffset? RemovedAt = null) : ILoadedMember
{
    /// <summary>The stored print (<see cref="StoredPrint"/>'s encoding), or null.</summary>
    public byte[]? Print { get; init; }

    /// <summary>The caller's own marker, untouched by the index (the engine keeps what a print written back must find unchanged).</summary>
    public object? Tag { get; init; }

    public MemberKey Key => new(Source, SourceId ?? PublishedId);

    DateTimeOffset? ILoadedMember.PublishedSince => null;

    bool ILoadedMember.CanParse => Json is not null;

    NormalisedOffer ILoadedMember.Parse(bool whole) =>
        With(whole ? OffreJson.Deserialize(Json!) : OffreJson.DeserializeForMatching(Json!));

    private NormalisedOffer With(Offre document) =>
        new(new OffreEntry(document, Source, SourceId, AppellationCode, Departement, Region), new RawOffer(), Poster, Siret, []);

    NormalisedOffer ILoadedMember.With(Offre document) => With(document);

    NormalisedOffer ILoadedMember.Stub(StoredPrint print) =>
        With(new Offre { Id = print.OfferId, DateCreation = print.Created, DateActualisation = print.Updated });
}
