namespace OpenEmploi.OpenData.RareCells;

/// <summary>
/// The rare-cell rule (k-anonymity on place × sector): a row may not be the only one, or one of a
/// handful, to show its place and its sector, because "the only offer of the food industry in this
/// village" names its employer to anyone from the area even without the name. A row is published at
/// the finest of commune, département, région where at least <see cref="MinimumOffers"/> published
/// offers share its place and sector; when even its région holds fewer, its sector is withheld and
/// its place is the finest where that many offers share the place, whatever their sector (the région
/// always stays, rare or not: it is never the only thing that would single an employer out).
/// A generalised cell counts every offer it could be, as a reader sees it: "département 69, sector
/// 10" covers every offer of sector 10 in the département, "commune 69383, no sector" every offer of
/// the commune.
/// The cell is place × sector only. Contract type, hours or pay describe the job, not which
/// establishment offers it (one employer posts permanent and fixed-term offers alike): adding them
/// would split each cell several ways and move most rows to their département for no protection.
/// </summary>
public sealed class RareCellRule
{
    /// <summary>
    /// Five: above the three units of French statistical confidentiality (secret statistique), since
    /// several offers of a cell may come from the one employer.
    /// </summary>
    public const int DefaultMinimumOffers = 5;

    public RareCellRule(int minimumOffers = DefaultMinimumOffers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumOffers, 1);
        MinimumOffers = minimumOffers;
    }

    /// <summary>k: the fewest offers that may share a published cell. 1 publishes every cell as it is.</summary>
    public int MinimumOffers { get; }

    public PublishedCell Decide(QuasiIdentifiers offre, CellCounts counts)
    {
        var finest = offre.Finest;
        if (finest == PlaceLevel.None)
            return new PublishedCell(PlaceLevel.None, SectorWithheld: false, Generalised: false);
        if (offre.Sector is not null)
        {
            for (var level = finest; level < PlaceLevel.None; level++)
            {
                if (offre.PlaceAt(level) is { } place && counts.WithSector(level, place, offre.Sector) >= MinimumOffers)
                    return new PublishedCell(level, SectorWithheld: false, Generalised: level != finest);
            }
        }
        var coarsest = finest;
        for (var level = finest; level < PlaceLevel.None; level++)
        {
            if (offre.PlaceAt(level) is not { } place)
                continue;
            coarsest = level;
            if (counts.AnySector(level, place) >= MinimumOffers)
                break;
        }
        return new PublishedCell(coarsest, SectorWithheld: offre.Sector is not null, Generalised: coarsest != finest);
    }
}
