using System.Globalization;
using OpenEmploi.Storage;

namespace OpenEmploi.Web.Features.Ingestion;

/// <summary>
/// Which node drains, kept in the store's metadata as "node|expiry". Taken only under the import
/// lock, so two nodes never both take it; the holder renews it at every round (an idle holder too,
/// when half of it is gone), and another node takes over once it has run out (the holder stopped or
/// lost the store). It only keeps the work on one node (one loaded engine): the import lock is what
/// makes rounds exclusive.
/// </summary>
internal sealed class WorkerLease(IOffreStore offers, IngestionWorkerOptions options, [FromKeyedServices(IngestionFeature.ClockKey)] TimeProvider clock)
{
    public const string Key = "ingestion.worker_lease";

    public string Node { get; } = string.IsNullOrWhiteSpace(options.NodeName) ? Environment.MachineName : options.NodeName.Trim();

    /// <summary>The lease as stored: who holds it, until when (null: nobody ever did, or unreadable).</summary>
    public async Task<(string Node, DateTimeOffset Expires)?> ReadAsync(CancellationToken ct)
    {
        var value = await offers.GetMetadataAsync(Key, ct);
        var bar = value?.LastIndexOf('|') ?? -1;
        if (bar <= 0 || !DateTimeOffset.TryParse(value.AsSpan(bar + 1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expires))
            return null;
        return (value![..bar], expires);
    }

    public bool IsHeldElsewhere((string Node, DateTimeOffset Expires)? lease) =>
        lease is { } held && held.Node != Node && held.Expires > clock.GetUtcNow();

    public bool IsMine((string Node, DateTimeOffset Expires)? lease) =>
        lease is { } held && held.Node == Node && held.Expires > clock.GetUtcNow();

    /// <summary>Takes or renews the lease: under the import lock, or when it is still this node's.</summary>
    public Task RenewAsync(CancellationToken ct) =>
        offers.SetMetadataAsync(Key, Node + "|" + (clock.GetUtcNow() + options.LeaseDuration).ToString("O", CultureInfo.InvariantCulture), ct);

    /// <summary>An idle holder keeps its lease, writing once per half lease rather than at every round.</summary>
    public async Task KeepAsync((string Node, DateTimeOffset Expires)? lease, CancellationToken ct)
    {
        if (IsMine(lease) && lease!.Value.Expires - clock.GetUtcNow() < options.LeaseDuration / 2)
            await RenewAsync(ct);
    }
}
