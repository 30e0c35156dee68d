using OpenEmploi.Core.Referentiels;
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
        await using var published = PublishedStatisticsStoreFactory.Open(location);
        return await new StatisticsComputation(data, time).RunAsync(inputs, published, period, progress, ct);
    }
}
