using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Disclosure;
using OpenEmploi.Statistics.Hires;
using OpenEmploi.Statistics.JobSeekers;
using OpenEmploi.Statistics.Model;
using OpenEmploi.Statistics.Offers;

namespace OpenEmploi.Statistics.Computation;

/// <summary>
/// The quarterly indicators (1 to 4): one streamed pass over each input, a roll-up to every
/// territory and activity, the primary rules then secondary suppression, and the ratios derived
/// from the cells that survived.
/// </summary>
internal static class QuarterlyComputation
{
    public static async Task<ComputedTable> ComputeAsync(
        StatisticsContext context, IStatisticsInputs inputs, StatPeriod quarter, IProgress<string>? progress, CancellationToken ct, int threads = 0)
    {
        var (table, offers) = await CountInputsAsync(context, inputs, quarter, progress, ct, threads);
        var hireIndicator = context.Codes.Indicator(Indicators.Hires);
        progress?.Report($"{quarter} : {table.Count:N0} cellules comptées (commune, métier ou section)");
        FreedMemory.Release();
        table.RollUp((_, territory) => context.Territories.AncestorsOf(territory),
            (indicator, activity) => indicator == hireIndicator ? [] : offers.ActivityAncestors(activity), threads);
        table.DropZeros();
        FreedMemory.Release();
        progress?.Report($"{quarter} : {table.Count:N0} cellules agrégées par territoire et activité");
        if (progress is not null)
        {
            foreach (var line in CellCensus.Lines(table.SortedKeys, context))
                progress.Report($"{quarter} :   {line}");
        }
        var disclosure = new DisclosureTable(table, context, (_, territory) => context.Territories.ParentsOf(territory), threads);
        FreedMemory.Release();
        progress?.Report($"{quarter} : {disclosure.Keys.Length:N0} cellules, {disclosure.RelationCount:N0} relations additives");
        var secondary = SecondarySuppression.Apply(disclosure, progress);
        // The audit's bounds (32 bytes a cell) are garbage now: returned before the published cells are made.
        FreedMemory.Release();
        progress?.Report($"{quarter} : {disclosure.Masks.Count(m => m is not null):N0} cellules masquées dont {secondary:N0} par secret secondaire");
        return new ComputedTable(context, quarter, disclosure, OutflowRates(disclosure, quarter));
    }

    /// <summary>
    /// Reads the quarter's inputs and counts them into commune-level cells (what the roll-up
    /// takes): the job-seeker register on <paramref name="threads"/> threads, then the offers and
    /// the hires at once. The offers' counter gives the roll-up its activities.
    /// </summary>
    public static async Task<(CellTable Table, OfferCounter Offers)> CountInputsAsync(
        StatisticsContext context, IStatisticsInputs inputs, StatPeriod quarter, IProgress<string>? progress, CancellationToken ct, int threads = 0)
    {
        var table = new CellTable();
        var episodes = await JobSeekerCounter.CountAsync(context, table, inputs, quarter, threads <= 0 ? IndicatorWork.DefaultThreads : threads, ct);
        progress?.Report($"{quarter} : {episodes:N0} épisodes de demandeurs d'emploi lus");

        // Offers and hires at once, each on its own connection: the offers count apart
        // (CellCounts), the hires into the table, which nothing else touches meanwhile. The
        // offers' characteristics reach the codebook after the job seekers', as when read in turn.
        var offers = new OfferCounter(context, Indicators.Offers);
        var hires = new HireCounter(context, table);
        var offerCount = Task.Run(async () =>
        {
            await foreach (var offer in inputs.ReadRegisteredOffersAsync(quarter.Start, quarter.End, ct))
                offers.Add(offer);
        }, ct);
        var hireCount = Task.Run(async () =>
        {
            await using var join = new SortedJoin<Establishment>(inputs.ReadEstablishmentsAsync(ct).GetAsyncEnumerator(ct), e => e.Siret);
            await foreach (var row in inputs.ReadHiresAsync(quarter.Start, quarter.End.AddDays(1).AddMonths(-1), ct))
                hires.Add(row, await join.FindAsync(row.Siret));
            hires.Flush();
        }, ct);
        await Task.WhenAll(offerCount, hireCount);
        offers.AddTo(table);
        progress?.Report($"{quarter} : {offers.Offers:N0} offres lues");
        progress?.Report($"{quarter} : {hires.Rows:N0} lignes d'embauches lues");
        return (table, offers);
    }
    /// <summary>
    /// DE_TXSORT: exits of ABC job seekers over the quarter ÷ ABC job seekers at its start, in %.
    /// Published when the denominator is at least 30 and the exits themselves are published.
    /// </summary>
    private static List<PublishedCell> OutflowRates(DisclosureTable table, StatPeriod quarter)
    {
        var context = table.Context;
        var exits = context.Codes.Indicator(Indicators.Exits);
        var atStart = context.Codes.Indicator(Indicators.JobSeekersAtStart);
        var abc = context.Codes.Nomenclature(JobSeekerCounter.Categories, "ABC");
        var rates = new List<PublishedCell>();
        for (var i = 0; i < table.Keys.Length; i++)
        {
            var key = CellKey.Unpack(table.Keys[i]);
            if (key.Indicator != exits || key.Nomenclature != abc || key.Characteristic != 0 || !table.Publishable[i])
                continue;
            var start = table.IndexOf(key with { Indicator = atStart });
            var denominator = start < 0 ? 0 : table.Sums[start].Value;
            var mask = PrimaryRules.CheckRatio(denominator, table.IsKnown(i));
            double? rate = mask is null ? Math.Round(100 * table.Sums[i].Value / denominator, 1) : null;
            rates.Add(PublishedCells.Cell(context, key, quarter, rate, null, mask) with { Indicator = Indicators.OutflowRate });
        }
        return rates;
    }
}
