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
    /// to be fingerprinted, then only what matching and composing read stays as objects (ids,
    /// title, place, dates, columns) and the document stays serialised until a published offer
    /// needs it whole. About a third of the memory of parsed documents, and few objects for the
    /// garbage collector to trace: what lets a base of a million offers load on a small node.
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
            index._builder.Learn(stored.Parse());

        var prints = new Fingerprint[kept.Count];
        var retained = new NormalisedOffer[kept.Count];
        var boilerplate = index._builder.Boilerplate;
        Parallel.For(0, kept.Count, () => new FingerprintBuilder(boilerplate), (i, _, builder) =>
        {
            var offer = kept[i].Parse();
            if (onLiveParsed is not null && kept[i].RemovedAt is null)
                onLiveParsed(offer);
            prints[i] = builder.Build(offer, learn: false);
            retained[i] = kept[i].Document is null ? Retained(offer) : Stub(offer);
            return builder;
        }, static _ => { });

        var removed = new List<(DedupMember Member, DateTimeOffset RemovedAt)>();
        for (var i = 0; i < kept.Count; i++)
        {
            var stored = kept[i];
            var offer = retained[i];
            var key = MemberKey.Of(offer);
            if (index._byKey.ContainsKey(key))
                throw new ArgumentException($"Le membre {key} figure deux fois parmi les membres chargés.", argument);
            var member = new DedupMember(key, index.NewSlot(), offer, prints[i])
            {
                RemovedAt = stored.RemovedAt,
                Document = stored.Document,
            };
            index._slots[member.Slot] = member;
            index._byKey.Add(key, member);
            index.InsertCandidate(member);
            var since = stored.PublishedSince ?? new DateTimeOffset(DateTime.SpecifyKind(offer.Offre.DateCreation, DateTimeKind.Utc));
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

    /// <summary>
    /// What a loaded member keeps of a document that stays serialised: what matching, the
    /// canonical choice and the published offer's dates read (<see cref="PublishedOffer"/>), and
    /// the pipeline's choice of the shown member's columns (title, place).
    /// </summary>
    private static NormalisedOffer Stub(NormalisedOffer offer)
    {
        var o = offer.Offre;
        var stub = new Offre { Id = o.Id, Intitule = o.Intitule, DateCreation = o.DateCreation, DateActualisation = o.DateActualisation, LieuTravail = o.LieuTravail };
        return new NormalisedOffer(offer.Entry with { Offre = stub }, NoRaw, offer.Poster, offer.Siret, []);
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

    /// <summary>The document as stored, when the member keeps it serialised.</summary>
    byte[]? Document { get; }

    NormalisedOffer Parse();
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

    byte[]? ILoadedMember.Document => Json;

    NormalisedOffer ILoadedMember.Parse() =>
        new(new OffreEntry(OffreJson.Deserialize(Json), Source, SourceId, AppellationCode, Departement, Region), new RawOffer(), Poster, Siret, []);
}
