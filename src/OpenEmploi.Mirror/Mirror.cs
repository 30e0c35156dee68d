using System.Diagnostics;
using System.Net;
using OpenEmploi.Mirror.Database;
using OpenEmploi.Mirror.Feed;

namespace OpenEmploi.Mirror;

/// <summary>
/// The reference mirror of the sync feed: bootstraps from the snapshot, then applies the pages of
/// changes in order until caught up (and, with <see cref="MirrorOptions.Follow"/>, keeps polling).
/// Each snapshot and each page commits in one transaction with the cursor, so stopping it at any
/// point and running it again gives exactly the base. See docs/sync-api.md, "How to mirror".
/// </summary>
public sealed class Mirror
{
    private const int ReportEvery = 10_000;

    private readonly MirrorOptions _options;
    private readonly IMirrorProgress _progress;
    private readonly TimeProvider _time;
    private readonly SyncFeedClient _feed;
    private readonly Backoff _backoff;

    public Mirror(MirrorOptions options, HttpClient http, IMirrorProgress progress, TimeProvider time)
    {
        _options = options;
        _progress = progress;
        _time = time;
        // A base URL without its final slash would lose its last segment when paths are appended.
        var source = options.Source.AbsoluteUri.EndsWith('/') ? options.Source : new Uri(options.Source.AbsoluteUri + "/");
        _feed = new SyncFeedClient(http, source, new AccessToken(http, source, options.ClientId, options.ClientSecret, time), options.Filter);
        _backoff = new Backoff(options, progress, time);
        SourceKey = source.AbsoluteUri;
    }

    /// <summary>The source as the state row records it.</summary>
    private string SourceKey { get; }

    /// <summary>Runs until caught up (or, following, until <paramref name="ct"/> is cancelled); returns the final state.</summary>
    public async Task<MirrorState> RunAsync(CancellationToken ct)
    {
        await using var database = await MirrorDatabase.OpenAsync(_options.Into, ct);
        var state = await database.ReadStateAsync(ct);
        if (NeedsSnapshot(state) is { } reason)
            state = await _backoff.RunAsync(() => SnapshotAsync(database, reason, ct), ct);
        else
            _progress.Resuming(state.Cursor!.Value, await database.CountOffresAsync(ct));

        while (true)
        {
            try
            {
                state = await CatchUpAsync(database, ct);
            }
            catch (CursorExpiredException gone)
            {
                // 410: the events after the cursor were pruned; the old mirror stays until the new snapshot commits.
                state = await _backoff.RunAsync(() => SnapshotAsync(database, "curseur expiré (410) : " + gone.Message, ct), ct);
                continue;
            }
            if (!_options.Follow)
                return state;
            _progress.Waiting(_options.Interval, "prochaine interrogation");
            await Task.Delay(_options.Interval, _time, ct);
        }
    }

    /// <summary>Why the mirror must start from a snapshot, or null when it can follow its cursor.</summary>
    private string? NeedsSnapshot(MirrorState state)
    {
        if (state.Cursor is null)
            return "base miroir vide";
        if (state.Source != SourceKey)
            return $"la base miroir vient de {state.Source}, pas de {SourceKey}";
        if (state.Filter != _options.Filter.QueryString)
            return $"filtre changé (« {state.Filter} » → « {_options.Filter.QueryString} »)";
        return null;
    }

    /// <summary>Reads the whole snapshot into one transaction; commits only once its "fin" line is read and checked.</summary>
    private async Task<MirrorState> SnapshotAsync(MirrorDatabase database, string reason, CancellationToken ct)
    {
        _progress.SnapshotStarting(reason);
        var started = Stopwatch.GetTimestamp();
        var state = await database.ReadStateAsync(ct);
        using var response = await _feed.SnapshotAsync(ct);
        await using var transaction = await database.BeginAsync(state, ct);
        await transaction.DeleteAllAsync(ct);
        long offers = 0;
        await foreach (var line in FeedLines.ReadAsync(response, FeedLines.ParseSnapshot, line => line is SnapshotEnd, ct))
        {
            if (line is SnapshotOffre offre)
            {
                await transaction.InsertAsync(offre.Id, offre.Offre, 0, ct);
                if (++offers % ReportEvery == 0)
                    _progress.SnapshotReading(offers);
                continue;
            }
            var end = (SnapshotEnd)line;
            if (end.Offres != offers)
                throw new TransientFeedException($"L'instantané annonce {end.Offres} offres et en contenait {offers} : il est ignoré.");
            await transaction.CommitSnapshotAsync(SourceKey, _options.Filter.QueryString, end.Sequence, _time.GetUtcNow(), ct);
            _progress.SnapshotCommitted(end.Sequence, offers, Stopwatch.GetElapsedTime(started));
        }
        return await database.ReadStateAsync(ct);
    }

    /// <summary>
    /// Applies pages until one reaches the head of the log (or the platform answers 304). Each page
    /// is retried on its own: "failures in a row" counts failures since the last page applied.
    /// </summary>
    private async Task<MirrorState> CatchUpAsync(MirrorDatabase database, CancellationToken ct)
    {
        while (true)
        {
            var caughtUp = await _backoff.RunAsync(() => NextPageAsync(database, ct), ct);
            if (caughtUp)
                return await database.ReadStateAsync(ct);
        }
    }

    /// <summary>Reads and applies the page after the stored cursor; true once at the head.</summary>
    private async Task<bool> NextPageAsync(MirrorDatabase database, CancellationToken ct)
    {
        var state = await database.ReadStateAsync(ct);
        using var response = await _feed.ChangesAsync(state.Cursor!.Value, _options.PageSize, state.ETag, ct);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            _progress.NothingNew(state.Cursor.Value);
            return true;
        }
        var page = await ApplyPageAsync(database, state, response, ct);
        _progress.PageApplied(page);
        return page.CaughtUp;
    }

    private async Task<AppliedPage> ApplyPageAsync(MirrorDatabase database, MirrorState state, HttpResponseMessage response, CancellationToken ct)
    {
        await using var transaction = await database.BeginAsync(state, ct);
        int upserts = 0, deletions = 0;
        var previous = state.Cursor!.Value;
        await foreach (var line in FeedLines.ReadAsync(response, FeedLines.ParseChange, line => line is PageEnd, ct))
        {
            if (line is ChangeEvent change)
            {
                // The feed's order is the log's: an event out of order means a broken response, not data.
                if (change.Sequence <= previous)
                    throw new TransientFeedException($"Événement {change.Sequence} reçu après {previous} : page ignorée.");
                previous = change.Sequence;
                if (change.IsDeletion)
                {
                    await transaction.DeleteAsync(change.Id, ct);
                    deletions++;
                }
                else
                {
                    await transaction.UpsertAsync(change.Id, change.Offre!, change.Sequence, ct);
                    upserts++;
                }
                continue;
            }
            var end = (PageEnd)line;
            if (end.Events != upserts + deletions)
                throw new TransientFeedException($"La page annonce {end.Events} événements et en contenait {upserts + deletions} : elle est ignorée.");
            // The tag is only worth sending back once the mirror is at the head: it means "nothing since".
            var etag = end.CaughtUp ? response.Headers.ETag?.ToString() : null;
            await transaction.CommitPageAsync(end.Next, end.Head, end.CaughtUp, etag, _time.GetUtcNow(), ct);
            return new AppliedPage(upserts, deletions, end.Next, end.Head, end.CaughtUp);
        }
        throw new UnreachableException("FeedLines ends with the fin line or throws.");
    }
}
