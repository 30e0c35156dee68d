namespace OpenEmploi.Core.Publication;

/// <summary>
/// How many contact details of each kind were removed. Not thread-safe: one tally per thread (per
/// offer when ingesting, per export when anonymising).
/// </summary>
public class ContactTally
{
    public long Courriels { get; set; }
    public long Telephones { get; set; }
    public long Liens { get; set; }

    public long Total => Courriels + Telephones + Liens;

    protected void AddContacts(ContactTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Courriels += other.Courriels;
        Telephones += other.Telephones;
        Liens += other.Liens;
    }
}
