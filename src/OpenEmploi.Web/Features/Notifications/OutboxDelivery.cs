using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Hosting;

namespace OpenEmploi.Web.Features.Notifications;

/// <summary>
/// Delivers the outbox: claims due messages with a lease (so with several nodes each message goes
/// out from one), sends them, records each outcome; a failure is retried later, with a doubling
/// delay, until <see cref="NotificationOptions.MaxAttempts"/>.
/// </summary>
internal sealed partial class OutboxDelivery(
    INotificationOutbox outbox,
    IMailTransport? transport,
    NotificationOptions options,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock,
    ILogger<OutboxDelivery> logger) : BackgroundService
{
    private readonly SemaphoreSlim _round = new(1, 1);

    public string Node { get; } = string.IsNullOrWhiteSpace(options.NodeName) ? Environment.MachineName : options.NodeName.Trim();

    /// <summary>One round now: the messages sent. Tests call it to drive delivery.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        if (transport is null)
            return 0;
        await _round.WaitAsync(ct);
        try
        {
            var sent = 0;
            foreach (var message in await outbox.ClaimAsync(Node, options.LeaseDuration, options.BatchSize, ct))
            {
                try
                {
                    await transport.SendAsync(message, ct);
                }
#pragma warning disable CA1031 // Any failure of a relay (refused, unreachable, bad address) is recorded and retried.
                catch (Exception error) when (error is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    var giveUp = message.Attempts >= options.MaxAttempts;
                    await outbox.MarkAttemptFailedAsync(message.Id, Node, error.Message, clock.GetUtcNow() + options.RetryDelay(message.Attempts), giveUp, ct);
                    LogFailed(logger, message.Id, message.Recipient, message.Attempts, giveUp, error);
                    continue;
                }
                if (await outbox.MarkSentAsync(message.Id, Node, ct))
                    sent++;
            }
            return sent;
        }
        finally
        {
            _round.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
            return;
        if (transport is null)
        {
            LogNoTransport(logger);
            return;
        }
        LogTransport(logger, transport.Description);
        await RepeatingRounds.RunAsync(RunOnceAsync, options.PollInterval, clock, error => LogRoundFailed(logger, error), stoppingToken);
    }

    public override void Dispose()
    {
        _round.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Aucun serveur SMTP configuré (OpenEmploi:Notifications:Smtp:Host) : les notifications restent dans la file d'envoi.")]
    private static partial void LogNoTransport(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notifications envoyées par : {Transport}")]
    private static partial void LogTransport(ILogger logger, string transport);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Envoi du message {Id} à {Recipient} échoué (essai {Attempts}, abandon : {GiveUp}).")]
    private static partial void LogFailed(ILogger logger, long id, string recipient, int attempts, bool giveUp, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tour d'envoi des notifications échoué ; nouvel essai au prochain tour.")]
    private static partial void LogRoundFailed(ILogger logger, Exception error);
}
