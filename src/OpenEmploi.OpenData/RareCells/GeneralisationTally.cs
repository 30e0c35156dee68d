namespace OpenEmploi.OpenData.RareCells;

/// <summary>
/// How many rows the rare-cell rule changed, published in each export's manifest and methodology.
/// A row whose place went to the région and whose sector was withheld counts in both.
/// Not thread-safe: one per thread (per batch in parallel), summed with <see cref="Add(GeneralisationTally)"/>.
/// </summary>
public sealed class GeneralisationTally
{
    /// <summary>Rows placed at their commune by the offer, published at their département.</summary>
    public long CommuneToDepartement { get; private set; }

    /// <summary>Rows placed at their commune or département by the offer, published at their région.</summary>
    public long ToRegion { get; private set; }

    /// <summary>Rows whose sector is withheld.</summary>
    public long SectorWithheld { get; private set; }

    public void Add(GeneralisationTally other)
    {
        CommuneToDepartement += other.CommuneToDepartement;
        ToRegion += other.ToRegion;
        SectorWithheld += other.SectorWithheld;
    }

    public void Add(PublishedCell cell)
    {
        if (cell.Generalised && cell.Level == PlaceLevel.Departement)
            CommuneToDepartement++;
        else if (cell.Generalised && cell.Level == PlaceLevel.Region)
            ToRegion++;
        if (cell.SectorWithheld)
            SectorWithheld++;
    }
}
