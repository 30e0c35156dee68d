using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// One source's record of a job inside the index: its fingerprint, its cluster, and only the
/// fields of its record that matching, the canonical choice and the published offer's dates read
/// (codes shared between members, see <see cref="DuplicateIndex"/>'s interning). Its whole
/// document is kept only while <see cref="Document"/> holds it: a member the index loaded from the
/// store, or one whose document was written since, is read back through
/// <see cref="IMemberDocuments"/> when a published offer needs it whole.
/// </summary>
internal sealed class DedupMember(MemberKey key, int slot, Fingerprint print)
{
    public MemberKey Key { get; } = key;

    /// <summary>Its number in the candidate index and the slot table.</summary>
    public int Slot { get; } = slot;

    public Fingerprint Print { get; set; } = print;

    /// <summary>Its own offer id: the id it founds a cluster under, and its document's in the offers when it was never ingested.</summary>
    public string OfferId { get; set; } = "";

    public DateTime Created { get; set; }

    public DateTime Updated { get; set; }

    public PosterKind Poster { get; set; }

    public string? AppellationCode { get; set; }

    public string? Departement { get; set; }

    public string? Region { get; set; }

    /// <summary>The whole wire document while the index keeps it; null when it is to be read from the store.</summary>
    public Offre? Document { get; set; }

    /// <summary><see cref="Document"/> is a normaliser's, its texts cleared of contact details (<see cref="NormalisedOffer.ContactFree"/>).</summary>
    public bool DocumentContactFree { get; set; }

    public DuplicateCluster Cluster { get; set; } = null!;

    /// <summary>When its source removed it: it stays a candidate for the window, out of the published offer.</summary>
    public DateTimeOffset? RemovedAt { get; set; }

    public bool Live => RemovedAt is null;
}

/// <summary>One cluster: its members (live, and removed within the window) and its published id.</summary>
internal sealed class DuplicateCluster(string publishedId, DateTimeOffset since)
{
    public string PublishedId { get; set; } = publishedId;

    /// <summary>When it was first published: of two clusters that join, the older keeps its id.</summary>
    public DateTimeOffset Since { get; set; } = since;

    // Most clusters hold one member: room for one, not the default four.
    public List<DedupMember> Members { get; } = new(1);

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

/// <summary>
/// Where the index reads the whole document of a member it does not keep in memory (the pipeline
/// reads it from the store). Called on the index's thread, for the few members whose published
/// offer changes; the document must be the member's last written version.
/// </summary>
public interface IMemberDocuments
{
    /// <summary>The member's document; <paramref name="offerId"/> is its own offer id (the id it was published under alone).</summary>
    Offre Read(MemberKey key, string offerId);
}

/// <summary>The store columns of a member's record, which a published offer's row takes from its canonical member.</summary>
internal sealed record MemberColumns(string? AppellationCode, string? Departement, string? Region);
