namespace OpenEmploi.OpenData.Anonymisation;

/// <summary>
/// How many spans of each kind the scrubber replaced: published in each export's manifest, so
/// that the operator sees what the anonymisation did and notices when it suddenly does much more.
/// Not thread-safe: one tally per thread that scrubs (per batch when the export runs in parallel), summed with <see cref="Add"/>.
/// </summary>
public sealed class ScrubTally
{
    public long Courriels { get; set; }
    public long Telephones { get; set; }
    public long Noms { get; set; }
    public long Entreprises { get; set; }
    public long Liens { get; set; }
    public long Adresses { get; set; }

    public void Add(ScrubTally other)
    {
        Courriels += other.Courriels;
        Telephones += other.Telephones;
        Noms += other.Noms;
        Entreprises += other.Entreprises;
        Liens += other.Liens;
        Adresses += other.Adresses;
    }
}
