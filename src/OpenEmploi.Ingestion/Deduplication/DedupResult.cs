using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>What one Add, Update or Remove did, for the run report and for the store.</summary>
/// <param name="Member">The member concerned.</param>
/// <param name="Outcome">Where the member stands now.</param>
/// <param name="IsUpdate">The member was already known (same source and source id): a new version, not a duplicate.</param>
/// <param name="PublishedId">The published offer the member belongs to, or null when it is unknown.</param>
/// <param name="Layer">How it was matched when it joined others in this call.</param>
/// <param name="Changes">What to write: offers to upsert, to delete, merged into another.</param>
/// <param name="PossibleDuplicates">Members close to this one but not merged, for moderation.</param>
public sealed record DedupResult(
    MemberKey Member,
    DedupOutcome Outcome,
    bool IsUpdate,
    string? PublishedId,
    MatchLayer Layer,
    IReadOnlyList<PublishedChange> Changes,
    IReadOnlyList<PossibleDuplicate> PossibleDuplicates);

public enum DedupOutcome
{
    /// <summary>Alone in its cluster: published as its own offer.</summary>
    Unique,

    /// <summary>Shares its cluster with other members: one published offer for all ("merged as duplicate").</summary>
    Duplicate,

    /// <summary>Removed; its cluster's offer is gone too when it was the last live member.</summary>
    Removed,

    /// <summary>Remove of a member the index does not hold (or already removed): nothing changed.</summary>
    Unknown,
}

public enum MatchLayer
{
    None,

    /// <summary>Same hash of normalised employer | title | place | description.</summary>
    ContentHash,

    /// <summary>Same apply URL once tracking parameters are dropped.</summary>
    ApplyUrl,

    /// <summary>An LSH candidate whose shingle sets verified.</summary>
    MinHash,
}

public enum PublishedChangeKind
{
    /// <summary>Upsert <see cref="PublishedChange.Offre"/>: a new offer, or one back within the window.</summary>
    Created,

    /// <summary>Upsert <see cref="PublishedChange.Offre"/>: members, canonical record or dates changed.</summary>
    Updated,

    /// <summary>Delete <see cref="PublishedChange.OffreId"/>: its last live member was removed.</summary>
    Deleted,

    /// <summary>Delete <see cref="PublishedChange.OffreId"/>: it now is <see cref="PublishedChange.IntoId"/> (updated by its own change).</summary>
    MergedInto,
}

/// <summary>One write for the store, to go through its change log.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="OffreId">The published offer's id.</param>
/// <param name="Offre">The document to store, for <see cref="PublishedChangeKind.Created"/> and <see cref="PublishedChangeKind.Updated"/>.</param>
/// <param name="IntoId">For <see cref="PublishedChangeKind.MergedInto"/>: the offer that carries the job on.</param>
public sealed record PublishedChange(PublishedChangeKind Kind, string OffreId, Offre? Offre = null, string? IntoId = null);

/// <summary>A member whose text is close (Jaccard 0.4–0.6, same employer, title and commune) but not merged.</summary>
public sealed record PossibleDuplicate(MemberKey Other, string OtherPublishedId, double Jaccard);

/// <summary>
/// A member as the store keeps it, to rebuild the index at start-up without re-clustering:
/// clusters come back exactly as they were, under their published ids.
/// </summary>
/// <param name="Offer">The member's normalised record (its source's version of the job).</param>
/// <param name="PublishedId">The published offer it belongs to.</param>
/// <param name="RemovedAt">When its source removed it; members removed before the window are skipped.</param>
/// <param name="PublishedSince">When its cluster was first published, which decides the id kept when clusters merge; defaults to the member's dateCreation.</param>
public sealed record StoredMember(NormalisedOffer Offer, string PublishedId, DateTimeOffset? RemovedAt = null, DateTimeOffset? PublishedSince = null)
    : ILoadedMember
{
    string ILoadedMember.Source => Offer.Entry.Source;

    MemberKey ILoadedMember.Key => MemberKey.Of(Offer);

    NormalisedOffer ILoadedMember.Parse(bool whole) => Offer;
}
