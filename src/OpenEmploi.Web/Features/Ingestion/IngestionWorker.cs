using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Web.Features.Ingestion;

/// <summary>What one round of the worker did.</summary>
internal enum RoundOutcome
{
    /// <summary>The worker is switched off on this node.</summary>
    Disabled,

    /// <summary>Someone else (an import from the CLI, another node) holds the import lock: nothing was done.</summary>
    Locked,

    /// <summary>Another node holds the lease: it drains.</summary>
    OtherNode,

    /// <summary>Nothing to do: the import lock was not even taken.</summary>
    Idle,

    /// <summary>The round ran (possibly with nothing to do).</summary>
    Ran,
}

/// <summary>
/// The web host's ingestion worker. Each round, under the base's import lock (so a CLI import and
/// the worker never run at once, and on several nodes only one works): the inbox (postings,
/// withdrawals, moderation decisions), then the scheduled pulls and the daily expiry. Rounds run
/// every <see cref="IngestionWorkerOptions.PollInterval"/> and whenever a request on this node
/// wakes it; the lock is released between rounds.
/// </summary>
internal sealed partial class IngestionWorker(
    IIngestionStore store,
    IIngestionInbox inbox,
    ResidentEngine resident,
    InboxDrain drain,
    ScheduledWork scheduled,
    WorkerLease lease,
    IngestionSignal signal,
    IngestionWorkerOptions options,
    [FromKeyedServices(IngestionFeature.ClockKey)] TimeProvider clock,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    private readonly SemaphoreSlim _round = new(1, 1);

    /// <summary>One round now (after the one running, if any). Tests call it to drive the worker.</summary>
    public async Task<RoundOutcome> RunOnceAsync(CancellationToken ct = default)
    {
        await _round.WaitAsync(ct);
        try
        {
            return await RoundAsync(ct);
        }
        finally
        {
            _round.Release();
            signal.RoundEnded();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            signal.TakeWake();
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The worker must survive a failed round (store restart, a bad feed): it reports and retries.
            catch (Exception error)
#pragma warning restore CA1031
            {
                resident.Discard();
                LogRoundFailed(logger, error);
            }
            try
            {
                await Task.WhenAny(signal.Woken, Task.Delay(options.PollInterval, clock, stoppingToken));
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<RoundOutcome> RoundAsync(CancellationToken ct)
    {
        if (!options.Enabled)
            return RoundOutcome.Disabled;
        var current = await lease.ReadAsync(ct);
        if (lease.IsHeldElsewhere(current))
            return RoundOutcome.OtherNode;
        // The lock is taken only for work: an idle node never stands in the way of a CLI command.
        if (!await HasWorkAsync(ct))
        {
            await lease.KeepAsync(current, ct);
            return RoundOutcome.Idle;
        }
        await using var held = await store.TryLockImportsAsync(ct);
        if (held is null)
            return RoundOutcome.Locked;
        if (lease.IsHeldElsewhere(await lease.ReadAsync(ct)))
            return RoundOutcome.OtherNode;
        await lease.RenewAsync(ct);
        resident.BeginRound();
        try
        {
            while (await drain.RunAsync(resident, options.MaxItemsPerRound, ct) == options.MaxItemsPerRound)
            {
            }
            await scheduled.RunImportsAsync(resident, ct);
            await scheduled.RunExpiryAsync(resident, ct);
            await resident.EndRoundAsync(ct);
            await lease.RenewAsync(ct);
        }
        catch
        {
            resident.Discard();
            throw;
        }
        return RoundOutcome.Ran;
    }

    private async Task<bool> HasWorkAsync(CancellationToken ct) =>
        (await inbox.ListPendingAsync(1, ct)).Count > 0 || await scheduled.AnyImportDueAsync(ct) || await scheduled.IsExpiryDueAsync(ct);

    public override void Dispose()
    {
        _round.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tour du travailleur d'ingestion échoué ; nouvel essai au prochain tour.")]
    private static partial void LogRoundFailed(ILogger logger, Exception error);
}
