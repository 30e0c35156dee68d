using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>One source's record of a job inside the index: its latest version, fingerprint and cluster.</summary>
internal sealed class DedupMember(MemberKey key, int slot, NormalisedOffer offer, Fingerprint print)
{
    public MemberKey Key { get; } = key;

    /// <summary>Its number in the candidate index and the slot table.</summary>
    public int Slot { get; } = slot;

    public NormalisedOffer Offer { get; set; } = offer;

    public Fingerprint Print { get; set; } = print;

    /// <summary>
    /// The whole wire document as stored (UTF-8 JSON) while <see cref="Offer"/> holds only what
    /// matching and composing read: a member loaded from the store and not sent again since.
    /// </summary>
    public byte[]? Document { get; set; }

    public DuplicateCluster Cluster { get; set; } = null!;

    /// <summary>When its source removed it: it stays a candidate for the window, out of the published offer.</summary>
    public DateTimeOffset? RemovedAt { get; set; }

    public bool Live => RemovedAt is null;
}

/// <summary>One job: its members (live, and removed within the window) and its published id.</summary>
internal sealed class DuplicateCluster(string publishedId, DateTimeOffset since)
{
    public string PublishedId { get; set; } = publishedId;

    /// <summary>When it was first published: of two clusters that join, the older keeps its id.</summary>
    public DateTimeOffset Since { get; set; } = since;

    public List<DedupMember> Members { get; } = [];

    /// <summary>Has a live member, hence a published offer.</summary>
    public bool Published
    {
        get
        {
            foreach (var member in Members)
            {
                if (member.Live)
                    return true;
            }
            return false;
        }
    }
}
