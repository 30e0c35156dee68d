using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Statistics.Model;

/// <summary>The referentials of one computation as integer ids, and its code book.</summary>
internal sealed class StatisticsContext
{
    public StatisticsContext(Geographie geo, RomeReferentiel rome, NafReferentiel naf)
    {
        Territories = new TerritoryIndex(geo);
        Activities = new ActivityIndex(rome, naf);
        CellKey.CheckRanges(Territories.Count, Activities.Count);
    }

    public TerritoryIndex Territories { get; }

    public ActivityIndex Activities { get; }

    public Codebook Codes { get; } = new();
}
