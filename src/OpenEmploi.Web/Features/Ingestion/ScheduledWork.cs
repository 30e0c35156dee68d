using System.Globalization;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Web.Features.Ingestion;

/// <summary>
/// What the worker runs by the clock: the sources' scheduled pulls (a source with a feed location
/// and schedule_minutes is imported when its last run started at least that long ago, or never
/// ran) and the expiry (with the inbox's purge), whose last run is kept in the store's metadata so
/// that it runs once per interval whichever node runs it and across restarts.
/// </summary>
internal sealed partial class ScheduledWork(
    IOffreStore offers, IIngestionStore store, IIngestionInbox inbox, IngestionWorkerOptions options, [FromKeyedServices(IngestionFeature.ClockKey)] TimeProvider clock, ILogger<ScheduledWork> logger)
{
    public const string LastExpiryKey = "ingestion.last_expiry";

    /// <summary>Imports the sources that are due; returns how many were run.</summary>
    public async Task<int> RunImportsAsync(ResidentEngine resident, CancellationToken ct)
    {
        var runs = 0;
        foreach (var source in await DueSourcesAsync(ct))
        {
            runs++;
            await ImportAsync(resident, source, ct);
        }
        return runs;
    }

    public async Task<bool> AnyImportDueAsync(CancellationToken ct) => (await DueSourcesAsync(ct)).Count > 0;

    private async Task<List<SourceSettings>> DueSourcesAsync(CancellationToken ct)
    {
        var due = new List<SourceSettings>();
        if (!options.ScheduledImports)
            return due;
        foreach (var source in await store.ListSourcesAsync(ct))
        {
            if (source.ScheduleMinutes is not { } minutes || string.IsNullOrWhiteSpace(source.FeedLocation))
                continue;
            var last = await store.ListRunsAsync(source.Code, 1, ct);
            if (last.Count == 0 || last[0].StartedAt.AddMinutes(minutes) <= clock.GetUtcNow())
                due.Add(source);
        }
        return due;
    }

    private async Task ImportAsync(ResidentEngine resident, SourceSettings source, CancellationToken ct)
    {
        var location = source.FeedLocation!;
        // A partner's feed lists all its live offers (as `openemploi import` takes it).
        var full = source.Kind == SourceSettings.Partner;
        FeedFormat? format = FeedFormats.TryParse(source.FeedFormat, out var parsed) ? parsed : null;
        Stream feed;
        FeedFormat feedFormat;
        try
        {
            (feed, feedFormat) = await FeedLocation.OpenAsync(location, format, ct);
        }
        catch (Exception error) when (error is IngestionException or IOException or HttpRequestException)
        {
            // A failed run is recorded, so that the source is tried again at its next slot, not at every round.
            var run = await store.StartRunAsync(source.Code, location, full, ct);
            await store.FinishRunAsync(run, ImportRunInfo.Failed, new ImportCounters(), error.Message, ct);
            LogPullFailed(logger, source.Code, location, error.Message);
            return;
        }
        await using (feed)
        {
            var engine = await resident.GetAsync(ct);
            try
            {
                var result = await FeedImporter.ImportAsync(engine, new ImportRequest(source.Code, feed, feedFormat, full, location), ct: ct);
                LogPulled(logger, source.Code, result.Counters.Read, result.Counters.Created, result.Counters.Updated, result.Counters.Deleted);
            }
            catch (Exception error) when (error is IngestionException or IOException or HttpRequestException)
            {
                // The run is recorded as failed by the importer; what the index did in memory for the
                // uncommitted batch is not in the base, so the engine is reloaded next time.
                resident.Discard();
                LogPullFailed(logger, source.Code, location, error.Message);
            }
        }
    }

    public async Task<bool> IsExpiryDueAsync(CancellationToken ct)
    {
        if (options.ExpiryInterval <= TimeSpan.Zero)
            return false;
        return await offers.GetMetadataAsync(LastExpiryKey, ct) is not { } text
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var last)
            || clock.GetUtcNow() - last >= options.ExpiryInterval;
    }

    /// <summary>The expiry, when its interval has passed since the last one; returns whether it ran.</summary>
    public async Task<bool> RunExpiryAsync(ResidentEngine resident, CancellationToken ct)
    {
        if (!await IsExpiryDueAsync(ct))
            return false;
        var now = clock.GetUtcNow();
        var notSeen = TimeSpan.FromDays(options.NotSeenExpiryDays);
        var expired = 0;
        // Loading the engine costs a minute at one million offers: not for an expiry with nothing to do.
        if ((await store.ListExpiredAsync(now, now - notSeen, ct)).Count > 0)
            expired = await Lifecycle.ExpireAsync(await resident.GetAsync(ct), ct);
        var purged = await inbox.PurgeProcessedAsync(now - options.InboxRetention, ct);
        await offers.SetMetadataAsync(LastExpiryKey, now.ToString("O", CultureInfo.InvariantCulture), ct);
        LogExpired(logger, expired, purged);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import planifié de {Source} : {Read} lus, {Created} créés, {Updated} mis à jour, {Deleted} retirés.")]
    private static partial void LogPulled(ILogger logger, string source, long read, long created, long updated, long deleted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import planifié de {Source} ({Location}) échoué : {Error}")]
    private static partial void LogPullFailed(ILogger logger, string source, string location, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Expiration : {Expired} offre(s) retirée(s) ; {Purged} élément(s) traités purgés de la boîte de réception.")]
    private static partial void LogExpired(ILogger logger, int expired, int purged);
}
