using OpenEmploi.Core.Publication;

namespace OpenEmploi.OpenData.Anonymisation;

/// <summary>
/// How many spans of each kind the scrubber replaced: published in each export's manifest, so
/// that the operator sees what the anonymisation did and notices when it suddenly does much more.
/// Not thread-safe: one tally per thread that scrubs (per batch when the export runs in parallel), summed with <see cref="Add"/>.
/// </summary>
public sealed class ScrubTally : ContactTally
{
    public long Noms { get; set; }
    public long Entreprises { get; set; }
    public long Adresses { get; set; }

    public void Add(ScrubTally other)
    {
        AddContacts(other);
        Noms += other.Noms;
        Entreprises += other.Entreprises;
        Adresses += other.Adresses;
    }
}
