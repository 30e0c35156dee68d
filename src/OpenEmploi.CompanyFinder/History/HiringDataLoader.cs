using OpenEmploi.Core.Statistics;
using OpenEmploi.CompanyFinder.Affinity;

namespace OpenEmploi.CompanyFinder.History;

/// <summary>
/// Streams the statistical inputs once into <see cref="HiringData"/>: establishments alive at the
/// cutoff, their latest headcount known then, durable hires per window, the affinity from hires
/// with a known occupation before the cutoff, and (for a backtest) the occupations' actual hires
/// in the window after it.
/// </summary>
public static class HiringDataLoader
{
    /// <param name="inputs">Where the rows come from (a store, or in memory).</param>
    /// <param name="seenUntil">The cutoff: nothing from this month on is a feature or trains the affinity.</param>
    /// <param name="historyWindows">How many six-month windows before the cutoff to load.</param>
    /// <param name="withActuals">Also load the window after the cutoff (backtest).</param>
    /// <param name="ct">Stops the read.</param>
    public static async Task<HiringData> LoadAsync(
        IStatisticsInputs inputs, DateOnly seenUntil, int historyWindows, bool withActuals, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfLessThan(historyWindows, 1);
        seenUntil = HalfYears.FirstOfMonth(seenUntil);
        var first = seenUntil.AddMonths(-6 * historyWindows);
        var windows = new HalfYears(first, historyWindows + (withActuals ? 1 : 0));
        var headcountYear = seenUntil.Year - 1;

        var headcounts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in inputs.ReadHeadcountsAsync(headcountYear - 2, headcountYear, ct))
            headcounts[row.Siret] = row.Employees; // rows come by year: the latest known wins

        var establishments = new List<EstablishmentHistory>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var e in inputs.ReadEstablishmentsAsync(ct))
        {
            if (e.CreatedOn >= seenUntil || (e.ClosedOn is { } closed && closed < seenUntil))
                continue;
            var headcount = headcounts.TryGetValue(e.Siret, out var known) ? known : HeadcountBands.Midpoint(e.HeadcountBand);
            index[e.Siret] = establishments.Count;
            establishments.Add(new EstablishmentHistory(e.Siret, Departements.OfCommune(e.Commune), e.Naf, headcount, new double[windows.Count]));
        }

        var affinity = new RomeNafAffinity.Builder();
        var recentFrom = seenUntil.AddMonths(-6);
        var actuals = withActuals ? new Dictionary<(int, string), double>() : null;
        await foreach (var hire in inputs.ReadHiresAsync(first, windows.End.AddMonths(-1), ct))
        {
            if (hire.Contract == HireContract.CddUpToOneMonth || !index.TryGetValue(hire.Siret, out var i))
                continue;
            var window = windows.WindowOf(hire.Month);
            if (window < 0)
                continue;
            var establishment = establishments[i];
            establishment.Hires[window] += hire.Count;
            if (hire.Rome is null)
                continue;
            if (hire.Month < seenUntil)
            {
                affinity.Add(establishment.Naf, hire.Rome, hire.Count);
                establishment.AddOccupationHires(hire.Rome, hire.Count, recent: hire.Month >= recentFrom);
            }
            else if (actuals is not null)
                actuals[(i, hire.Rome)] = actuals.GetValueOrDefault((i, hire.Rome)) + hire.Count;
        }
        return new HiringData(windows, seenUntil, establishments, affinity.Build(), actuals);
    }
}
