using OpenEmploi.Core.Offres;

namespace OpenEmploi.Storage;

/// <summary>Elapsed time and throughput of one bulk load.</summary>
public sealed record BulkLoadResult(long Offers, TimeSpan Elapsed)
{
    public double OffersPerSecond => Elapsed > TimeSpan.Zero ? Offers / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Times <see cref="IOffreStore.BulkInsertAsync"/> for the CLI's seed command and the bench
/// harness: the caller supplies the offers (the generator's stream), this measures the store.
/// </summary>
public static class StoreBulkLoad
{
    public static async Task<BulkLoadResult> RunAsync(
        IOffreStore store, IEnumerable<OffreEntry> offers, TimeProvider time,
        IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var start = time.GetTimestamp();
        var count = await store.BulkInsertAsync(offers, progress, ct);
        return new BulkLoadResult(count, time.GetElapsedTime(start));
    }
}
