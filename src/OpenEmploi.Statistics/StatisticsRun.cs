using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Statistics;

namespace OpenEmploi.Statistics;

/// <summary>
/// One scheduled or manual computation over a base: collects the platform's newly registered
/// offers into the statistical inputs first (so the quarter counts them), then computes and
/// replaces the period (and its year after a fourth quarter). The CLI and the web host's job both
/// run this.
/// </summary>
public static class StatisticsRun
{
    public static async Task<IReadOnlyList<StatisticsRunResult>> RunAsync(
        StoreLocation location, IOffreStore offres, ReferenceData data, StatPeriod period, TimeProvider time,
        IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(offres);
        await using var inputs = StatisticsInputStoreFactory.Open(location);
        var collected = await new RegisteredOfferCollector(offres, inputs).CollectAsync(ct);
        progress?.Report($"offres de la plateforme : {collected.Added:N0} nouvelle(s) enregistrée(s) pour les statistiques");
        if (!await HasFactsAsync(inputs, period, ct))
            throw new StatisticsInputsMissingException(period);
        await using var published = PublishedStatisticsStoreFactory.Open(location);
        return await new StatisticsComputation(data, time).RunAsync(inputs, published, period, progress, ct);
    }

    /// <summary>
    /// Whether the inputs reach <paramref name="period"/>: a registration, an offer or a hire in it.
    /// Job seekers still registered are no proof (an open episode reaches every future quarter).
    /// The cheap readers first; the register is streamed to the end only when the period is empty.
    /// </summary>
    public static async Task<bool> HasFactsAsync(IStatisticsInputs inputs, StatPeriod period, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        await foreach (var _ in inputs.ReadRegisteredOffersAsync(period.Start, period.End, ct))
            return true;
        await foreach (var _ in inputs.ReadHiresAsync(period.Start, period.End.AddDays(1).AddMonths(-1), ct))
            return true;
        await foreach (var episode in inputs.ReadJobSeekerEpisodesAsync(period.Start, period.End, ct))
        {
            if (episode.RegisteredOn >= period.Start && episode.RegisteredOn <= period.End)
                return true;
        }
        return false;
    }
}
