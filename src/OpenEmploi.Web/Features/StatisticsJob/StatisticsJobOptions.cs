namespace OpenEmploi.Web.Features.StatisticsJob;

/// <summary>The quarterly statistics job (OpenEmploi:Statistics:Job).</summary>
public sealed class StatisticsJobOptions
{
    public const string Section = "OpenEmploi:Statistics:Job";

    /// <summary>Run the job's loop on this node (every node may: the lease lets one compute each quarter).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Wait before the first check: a national computation takes minutes of CPU, which a node just
    /// started needs for warming its search index and serving its first requests.
    /// </summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a node checks whether the last finished quarter is computed.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a node holds the quarter's run; a node that died holding it is replaced after that.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The node's name in the lease (the machine name by default).</summary>
    public string? NodeName { get; set; }
}
