namespace OpenEmploi.Web.Features.Licence;

/// <summary>The daily licence job (OpenEmploi:Licence:Job).</summary>
public sealed class LicenceJobOptions
{
    public const string Section = "OpenEmploi:Licence:Job";

    /// <summary>Run the job's loop on this node (every node may: the lease lets one run each day).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often a node checks whether today's run is done.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a node holds the day's run; a node that died holding it is replaced after that.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The node's name in the lease (the machine name by default).</summary>
    public string? NodeName { get; set; }
}
