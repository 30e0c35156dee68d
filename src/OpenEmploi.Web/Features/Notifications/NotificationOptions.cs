namespace OpenEmploi.Web.Features.Notifications;

/// <summary>Configuration section "OpenEmploi:Notifications": how the outbox is delivered (docs/developer-platform.md).</summary>
public sealed class NotificationOptions
{
    public const string Section = "OpenEmploi:Notifications";

    /// <summary>Run the delivery worker on this node; off, messages wait for a node where it is on.</summary>
    public bool Enabled { get; set; } = true;

    public string From { get; set; } = "OpenEmploi <ne-pas-repondre@openemploi.localhost>";

    /// <summary>
    /// Write each message as an .eml file in this folder instead of sending it (development: a
    /// mail client opens them). In the Development environment without SMTP it is data/courriels.
    /// </summary>
    public string? PickupDirectory { get; set; }

    public SmtpSettings Smtp { get; set; } = new();

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a node keeps the messages it claimed before another node may take them over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts before a message is given up on (kept in the outbox with its last error).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry waits this long, each next one twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    public int BatchSize { get; set; } = 20;

    /// <summary>This node's name on its leases; the machine name by default.</summary>
    public string? NodeName { get; set; }

    public TimeSpan RetryDelay(int attempts)
    {
        var delay = FirstRetryDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}

/// <summary>An SMTP relay (OpenEmploi:Notifications:Smtp); no host, no SMTP.</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
