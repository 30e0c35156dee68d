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
        return LoadCore([.. members], sources, time, options, nameof(members));
    }

    /// <summary>
    /// <see cref="Load"/> from documents still in their stored JSON: each is parsed (on every core)
    /// to be fingerprinted, then only what matching and composing read stays (dates, codes); with a
    /// reader (<see cref="DedupOptions.Documents"/>) the document itself is dropped and read back
    /// from the store when a published offer needs it whole, without one it stays parsed. What
    /// lets a base of a million offers load on a small node.
    /// <paramref name="onLiveParsed"/>, when given, sees each live member's parsed offer (called
    /// from several threads at once): what else a load wants to learn from the base, read in the
    /// same pass (the pay distribution of the fraud check).
    /// </summary>
    public static DuplicateIndex LoadDocuments(
        IReadOnlyList<StoredMemberDocument> members, IEnumerable<Source> sources, TimeProvider time, DedupOptions? options = null,
        Action<NormalisedOffer>? onLiveParsed = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        return LoadCore(members, sources, time, options, nameof(members), onLiveParsed);
    }

    private static DuplicateIndex LoadCore<T>(
        IReadOnlyList<T> members, IEnumerable<Source> sources, TimeProvider time, DedupOptions? options, string argument,
        Action<NormalisedOffer>? onLiveParsed = null)
        where T : ILoadedMember
    {
        var index = new DuplicateIndex(sources, time, options);
        var limit = time.GetUtcNow() - index._options.Window;
        var kept = new List<T>(members.Count);
        foreach (var stored in members)
        {
            if (stored.RemovedAt is not { } removedAt || removedAt > limit)
                kept.Add(stored);
        }
        foreach (var stored in LastAdsOfEachSource(kept, index._options.Boilerplate.RecentAds))
            index._builder.Learn(stored.Parse(whole: false));

        index._slots.Capacity = kept.Count;
        index._candidates.BeginLoad(kept.Count);
        Array.Resize(ref index._communeOfSlot, Math.Max(index._communeOfSlot.Length, kept.Count));
        // Fingerprinted on every core, a block at a time: the parsed documents of one block are
        // all that is alive at once besides the index (members keep their own only without a reader).
        var prints = new Fingerprint[Math.Min(kept.Count, LoadBlock)];
        var offers = new NormalisedOffer[prints.Length];
        var boilerplate = index._builder.Boilerplate;
        var removed = new List<(DedupMember Member, DateTimeOffset RemovedAt)>();
        var holdDocuments = index._options.Documents is null;
        for (var start = 0; start < kept.Count; start += LoadBlock)
        {
            var count = Math.Min(LoadBlock, kept.Count - start);
            Parallel.For(0, count, () => new FingerprintBuilder(boilerplate), (i, _, builder) =>
            {
                // Kept whole only without a reader; else read for matching, its lists skipped.
                var offer = kept[start + i].Parse(whole: holdDocuments);
                if (onLiveParsed is not null && kept[start + i].RemovedAt is null)
                    onLiveParsed(offer);
                prints[i] = builder.Build(offer, learn: false);
                offers[i] = holdDocuments ? offer : Stub(offer);
                return builder;
            }, static _ => { });
            for (var i = 0; i < count; i++)
                index.AddLoaded(kept[start + i], offers[i], prints[i], holdDocuments, removed, argument);
        }
        index._candidates.Seal();
        removed.Sort(static (x, y) => x.RemovedAt.CompareTo(y.RemovedAt));
        foreach (var entry in removed)
            index._expiry.Enqueue(entry);
        return index;
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

    /// <summary>The members a source's table ends up counting, in their order: its last <paramref name="recentAds"/>.</summary>
    private static List<T> LastAdsOfEachSource<T>(List<T> members, int recentAds)
        where T : ILoadedMember
    {
        var perSource = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = new List<T>();
        for (var i = members.Count - 1; i >= 0; i--)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(perSource, members[i].Source, out _);
            if (count++ < recentAds)
                last.Add(members[i]);
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

    /// <summary>The member's offer: <paramref name="whole"/>, or only what matching and the load's other readers use (<see cref="OffreJson.DeserializeForMatching"/>).</summary>
    NormalisedOffer Parse(bool whole);
}

/// <summary>
/// A stored member whose wire document is still its stored JSON (UTF-8, with its id), with the
/// store columns of its record (<see cref="DuplicateIndex.LoadDocuments"/>).
/// </summary>
public sealed record StoredMemberDocument(
    byte[] Json, string Source, string? SourceId, string? AppellationCode, string? Departement, string? Region,
    PosterKind Poster, string? Siret, string PublishedId, DateTimeOffset? RemovedAt = null) : ILoadedMember
{
    DateTimeOffset? ILoadedMember.PublishedSince => null;

    NormalisedOffer ILoadedMember.Parse(bool whole) =>
        new(new OffreEntry(whole ? OffreJson.Deserialize(Json) : OffreJson.DeserializeForMatching(Json), Source, SourceId, AppellationCode, Departement, Region),
            new RawOffer(), Poster, Siret, []);
}
