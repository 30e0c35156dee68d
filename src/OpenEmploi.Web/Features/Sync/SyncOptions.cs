namespace OpenEmploi.Web.Features.Sync;

/// <summary>Configuration section "OpenEmploi:Sync": the sync feed's change-log retention and page sizes.</summary>
public sealed class SyncOptions
{
    public const string Section = "OpenEmploi:Sync";

    /// <summary>
    /// How long change-log entries are kept. A cursor older than that gets 410 and must start again
    /// from a snapshot. The licence asks reusers to sync every 24 h: a week leaves room for incidents.
    /// </summary>
    public TimeSpan ChangeLogRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often this node prunes the change log (00:00:00: never). Pruning twice is harmless.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Events per changes page when the client gives no limit.</summary>
    public int DefaultLimit { get; set; } = 1_000;

    /// <summary>The largest limit a client may ask.</summary>
    public int MaxLimit { get; set; } = 10_000;
}
