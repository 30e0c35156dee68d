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
/// k × affinity(ROME, NAF)) ÷ (its known hires + k). Establishments of one sector may hire for
/// different occupations (a restaurant mostly cooks, another mostly waiters); an establishment with
/// no known hire gets its sector's mix, one with many known hires its own.
/// <para>
/// k is either given or estimated from the data before the cutoff (<see cref="Estimate"/>): the
/// value of <see cref="Candidates"/> under which the mixes learnt before the last seen half-year
/// best predict the occupations hired in it (log-likelihood). Where establishments do keep their
/// own occupations k comes out small; where their hires follow only their sector's mix it comes out
/// large and the mix is the sector's, so the choice never hurts for long.
/// </para>
/// </summary>
public sealed class EstablishmentMix(double? pseudoHires = null) : IOccupationMix
{
    /// <summary>Values of k tried by <see cref="Estimate"/>, in pseudo-hires.</summary>
    public static IReadOnlyList<double> Candidates { get; } = [0.3, 1, 3, 10, 30, 100, 300, 1000, 10000, 100000];

    /// <summary>Floor of a share in the likelihood, so that an occupation never seen costs a finite penalty.</summary>
    private const double ShareFloor = 1e-4;

    private (HiringData Data, double PseudoHires)? _estimated;

    /// <summary>The k used on <paramref name="data"/>: the one given, else estimated once per data set.</summary>
    public double PseudoHiresFor(HiringData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (pseudoHires is { } given)
            return given;
        if (_estimated is { } cached && ReferenceEquals(cached.Data, data))
            return cached.PseudoHires;
        var k = Estimate(data);
        _estimated = (data, k);
        return k;
    }

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
        var k = PseudoHiresFor(data);
        return (e.OccupationHiresOf(rome) + (k * data.Affinity.Of(rome, e.Naf))) / (e.KnownOccupationHires + k);
    }

    /// <summary>
    /// The k of <see cref="Candidates"/> whose mixes, learnt from the known hires before the last
    /// seen half-year, give the highest likelihood to the occupations hired in it; the largest
    /// candidate (the sector's mix) when no establishment hired in both periods.
    /// </summary>
    public static double Estimate(HiringData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var logLikelihood = new double[Candidates.Count];
        var any = false;
        foreach (var e in data.Establishments)
        {
            if (e.RecentOccupationHires.Count == 0)
                continue;
            var recentTotal = e.RecentOccupationHires.Sum(p => p.Value);
            var earlierTotal = e.KnownOccupationHires - recentTotal;
            if (earlierTotal <= 0)
                continue;
            any = true;
            foreach (var (rome, recent) in e.RecentOccupationHires)
            {
                var earlier = e.OccupationHiresOf(rome) - recent;
                var sector = data.Affinity.Of(rome, e.Naf);
                for (var c = 0; c < Candidates.Count; c++)
                {
                    var k = Candidates[c];
                    var share = (earlier + (k * sector)) / (earlierTotal + k);
                    logLikelihood[c] += recent * Math.Log(Math.Max(ShareFloor, share));
                }
            }
        }
        if (!any)
            return Candidates[^1];
        var best = 0;
        for (var c = 1; c < Candidates.Count; c++)
        {
            if (logLikelihood[c] > logLikelihood[best])
                best = c;
        }
        return Candidates[best];
    }
}
