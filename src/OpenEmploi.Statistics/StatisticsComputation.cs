using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Computation;
using OpenEmploi.Statistics.Model;
using OpenEmploi.Statistics.Projects;

namespace OpenEmploi.Statistics;

/// <summary>What one run stored.</summary>
public sealed record StatisticsRunResult(StatPeriod Period, long Cells, long Masked, TimeSpan Elapsed);

/// <summary>
/// Computes the labour-market indicators of a period from the statistical inputs and replaces
/// that period in the store of published cells: recomputing a period gives the same cells.
/// A quarter's run also computes its year's annual indicators when it is the year's last.
/// </summary>
public sealed class StatisticsComputation(Geographie geo, RomeReferentiel rome, NafReferentiel naf, TimeProvider time)
{
    public StatisticsComputation(ReferenceData data, TimeProvider time)
        : this(data?.Geographie ?? throw new ArgumentNullException(nameof(data)), data.Rome, data.Naf, time)
    {
    }

    /// <summary>The cells of <paramref name="period"/> after disclosure control, without storing them (evolutions need <paramref name="published"/>).</summary>
    public async Task<IReadOnlyList<PublishedCell>> ComputeAsync(
        IStatisticsInputs inputs, StatPeriod period, IPublishedStatistics? published = null,
        IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var context = new StatisticsContext(geo, rome, naf);
        // The computed table (cells, relations, masks: the run's largest objects) is not kept in a
        // local: one would live on in this method's state across the awaits below and the store's
        // writing, beside the published cells made from it.
        var cells = PublishedCells(period.Kind == PeriodKind.Quarter
            ? await QuarterlyComputation.ComputeAsync(context, inputs, period, progress, ct)
            : await AnnualComputation.ComputeAsync(context, inputs, period, progress, ct));
        if (period.Kind == PeriodKind.Quarter && published is not null)
        {
            cells.AddRange(await TwelveMonthSums.ComputeAsync(cells, published, period, ct));
            cells.AddRange(await Evolutions.ComputeAsync(cells, published, period, ct));
        }
        return cells;
    }

    // An EPCI's project estimate rounded to 0 is left out here, after the disclosure control:
    // estimates are parts of no relation, so leaving one out changes no other cell. Most were
    // dropped before the disclosure table already; here go those the tension had to read
    // (ProjectCounter.DropEstimatesRoundingToNothing).
    private static List<PublishedCell> PublishedCells(ComputedTable table) =>
        table.Cells().Where(c => !ProjectCounter.RoundsToNothing(c)).ToList();

    /// <summary>Computes and stores <paramref name="period"/>; a fourth quarter brings its year along.</summary>
    public async Task<IReadOnlyList<StatisticsRunResult>> RunAsync(
        IStatisticsInputs inputs, IPublishedStatistics store, StatPeriod period,
        IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var results = new List<StatisticsRunResult> { await RunOneAsync(inputs, store, period, progress, ct) };
        if (period.Kind == PeriodKind.Quarter && period.Quarter == 4)
            results.Add(await RunOneAsync(inputs, store, StatPeriod.OfYear(period.Year), progress, ct));
        return results;
    }

    private async Task<StatisticsRunResult> RunOneAsync(
        IStatisticsInputs inputs, IPublishedStatistics store, StatPeriod period, IProgress<string>? progress, CancellationToken ct)
    {
        var start = time.GetTimestamp();
        progress?.Report($"{period} : calcul…");
        var cells = (await ComputeAsync(inputs, period, store, progress, ct)).ToArray();
        PrimaryKeyOrder.Sort(cells);
        progress?.Report($"{period} : {cells.Length:N0} cellules à enregistrer");
        var written = await store.ReplacePeriodAsync(period.Kind, period.Code, cells.ToAsyncEnumerable(), time.GetUtcNow(), ct);
        var masked = cells.LongCount(c => c.IsMasked);
        var elapsed = time.GetElapsedTime(start);
        progress?.Report($"{period} : {written:N0} cellules enregistrées dont {masked:N0} masquées, en {elapsed.TotalSeconds:F1} s");
        return new StatisticsRunResult(period, written, masked, elapsed);
    }
}
