namespace OpenEmploi.Web.Features.Ingestion;

/// <summary>Configuration section "OpenEmploi:Ingestion": the web host's ingestion worker (docs/ingestion.md).</summary>
public sealed class IngestionWorkerOptions
{
    public const string Section = "OpenEmploi:Ingestion";

    /// <summary>Run the worker on this node. Off: postings wait in the inbox for a node where it is on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the worker looks for work when nobody wakes it (a posting on this node wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long the node that drained last stays the one that drains: other nodes leave the work to
    /// it until its lease runs out (it renews it at every round), so that the engine is not reloaded
    /// on every node in turn.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>This node's name in the lease; the machine name by default.</summary>
    public string? NodeName { get; set; }

    /// <summary>Inbox items taken per round.</summary>
    public int MaxItemsPerRound { get; set; } = 5_000;

    /// <summary>Import the sources that have a feed and a schedule (openemploi sources add --feed … --every N) when due.</summary>
    public bool ScheduledImports { get; set; } = true;

    /// <summary>Run the expiry (Lifecycle.ExpireAsync) this often; zero turns it off.</summary>
    public TimeSpan ExpiryInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>An offer no full feed of its source confirmed for this many days expires (openemploi expire --days).</summary>
    public int NotSeenExpiryDays { get; set; } = 30;

    /// <summary>Processed inbox items (the status of postings) are kept this long.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Fraud score from which a posting is held for a moderator.</summary>
    public int FraudHoldThreshold { get; set; } = 60;

    /// <summary>How long a moderation call waits for the worker's result before answering 202 with a status URL.</summary>
    public TimeSpan CommandWait { get; set; } = TimeSpan.FromSeconds(30);
}
