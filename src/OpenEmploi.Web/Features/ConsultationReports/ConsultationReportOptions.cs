namespace OpenEmploi.Web.Features.ConsultationReports;

/// <summary>Configuration section "OpenEmploi:Reports": the monthly consultation reports (docs/developer-platform.md).</summary>
public sealed class ConsultationReportOptions
{
    public const string Section = "OpenEmploi:Reports";

    /// <summary>A month's report is due by the end of this day of the following month, Paris time (1 to 28).</summary>
    public int DeadlineDay { get; set; } = 10;

    /// <summary>The second reminder goes this long after the first (sent at the deadline).</summary>
    public TimeSpan SecondReminderAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Largest file accepted, in bytes.</summary>
    public int MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Run the reminder job on this node (it runs on one node at a time, whichever holds its lease).</summary>
    public bool RemindersEnabled { get; set; } = true;

    /// <summary>How often the reminder job looks for missing reports.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a node keeps the reminder job once it took it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>This node's name on the job's lease; the machine name by default.</summary>
    public string? NodeName { get; set; }

    internal void Validate()
    {
        if (DeadlineDay is < 1 or > 28)
            throw new InvalidOperationException($"{Section}:DeadlineDay doit être compris entre 1 et 28 ({DeadlineDay} configuré).");
        if (SecondReminderAfter <= TimeSpan.Zero || ReminderInterval <= TimeSpan.Zero || LeaseDuration <= TimeSpan.Zero)
            throw new InvalidOperationException($"{Section} : SecondReminderAfter, ReminderInterval et LeaseDuration doivent être positifs.");
        if (MaxFileBytes < 1024)
            throw new InvalidOperationException($"{Section}:MaxFileBytes doit valoir au moins 1024 octets.");
    }
}
