using OpenEmploi.Storage;

namespace OpenEmploi.Mirror;

/// <summary>What to mirror, from where, into what, and how patiently.</summary>
public sealed record MirrorOptions(Uri Source, string ClientId, string ClientSecret, StoreLocation Into)
{
    public MirrorFilter Filter { get; init; } = MirrorFilter.None;

    /// <summary>Keep polling once caught up (a daemon), instead of stopping there.</summary>
    public bool Follow { get; init; }

    /// <summary>With <see cref="Follow"/>: the pause between two polls once caught up.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Events asked per changes page (the platform allows 1 to 10,000).</summary>
    public int PageSize { get; init; } = 5_000;

    /// <summary>First pause after a transient failure; it doubles at each new failure in a row.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Transient failures in a row before giving up. Without <see cref="Follow"/> only: a daemon
    /// keeps trying through an outage.
    /// </summary>
    public int MaxAttempts { get; init; } = 8;
}
