using OpenEmploi.CompanyFinder.History;

namespace OpenEmploi.CompanyFinder.Models;

/// <summary>
/// How an establishment's predicted hires split over occupations: hires for a ROME = predicted
/// hires × <see cref="ShareOf"/>. The backtest's per-occupation figures and the published
/// per-occupation scores both go through the mix of the model that predicted.
/// </summary>
public interface IOccupationMix
{
    /// <summary>The occupations with a share above zero (candidates for the per-occupation lists).</summary>
    IEnumerable<string> OccupationsOf(HiringData data, int establishment);

    double ShareOf(HiringData data, int establishment, string rome);
}

/// <summary>The anchor's mix: the establishment's sector's share of the ROME, affinity(ROME, NAF), the same for every establishment of a sector.</summary>
public sealed class SectorMix : IOccupationMix
{
    public static SectorMix Instance { get; } = new();

    public IEnumerable<string> OccupationsOf(HiringData data, int establishment)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Affinity.SharesOf(data.Establishments[establishment].Naf).Select(p => p.Key);
    }

    public double ShareOf(HiringData data, int establishment, string rome)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Affinity.Of(rome, data.Establishments[establishment].Naf);
    }
}

/// <summary>
/// The establishment's own mix, shrunk towards its sector's: (its known hires in the ROME +
/// k × affinity(ROME, NAF)) ÷ (its known hires + k). Establishments of one sector hire for different
/// occupations (a restaurant for cooks, another mostly for waiters); an establishment with no known
/// hire gets its sector's mix, one with many its own. k = <see cref="PseudoHires"/>, chosen a priori.
/// </summary>
public sealed class EstablishmentMix(double pseudoHires) : IOccupationMix
{
    public double PseudoHires { get; } = pseudoHires;

    public IEnumerable<string> OccupationsOf(HiringData data, int establishment)
    {
        ArgumentNullException.ThrowIfNull(data);
        var e = data.Establishments[establishment];
        var own = e.OccupationHires.Select(p => p.Key).ToList();
        return own.Concat(data.Affinity.SharesOf(e.Naf).Select(p => p.Key).Where(r => !own.Contains(r, StringComparer.Ordinal)));
    }

    public double ShareOf(HiringData data, int establishment, string rome)
    {
        ArgumentNullException.ThrowIfNull(data);
        var e = data.Establishments[establishment];
        return (e.OccupationHiresOf(rome) + (PseudoHires * data.Affinity.Of(rome, e.Naf))) / (e.KnownOccupationHires + PseudoHires);
    }
}
