using System.Globalization;
using OpenEmploi.Storage;

namespace OpenEmploi.Web.Features.Ingestion;

/// <summary>
/// Which node drains, kept in the store's metadata as "node|expiry": written only under the import
/// lock, so two nodes never both think they hold it. The holder renews it at every round; another
/// node takes over once it has run out (the holder stopped or lost the store).
/// </summary>
internal sealed class WorkerLease(IOffreStore offers, IngestionWorkerOptions options, [FromKeyedServices(IngestionFeature.ClockKey)] TimeProvider clock)
{
    public const string Key = "ingestion.worker_lease";

    public string Node { get; } = string.IsNullOrWhiteSpace(options.NodeName) ? Environment.MachineName : options.NodeName.Trim();

    /// <summary>Whether another node holds a lease that has not run out.</summary>
    public async Task<bool> HeldElsewhereAsync(CancellationToken ct)
    {
        var value = await offers.GetMetadataAsync(Key, ct);
        if (value is null)
            return false;
        var bar = value.LastIndexOf('|');
        if (bar <= 0 || !DateTimeOffset.TryParse(value.AsSpan(bar + 1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expires))
            return false;
        return value[..bar] != Node && expires > clock.GetUtcNow();
    }

    /// <summary>Takes or renews the lease (call under the import lock, after <see cref="HeldElsewhereAsync"/>).</summary>
    public Task RenewAsync(CancellationToken ct) =>
        offers.SetMetadataAsync(Key, Node + "|" + (clock.GetUtcNow() + options.LeaseDuration).ToString("O", CultureInfo.InvariantCulture), ct);
}
