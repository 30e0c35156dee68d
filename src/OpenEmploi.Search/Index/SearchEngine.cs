using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Facts;
using OpenEmploi.Search.Query;
using OpenEmploi.Storage;

namespace OpenEmploi.Search.Index;

/// <summary>
/// The long-lived search of one node: the current <see cref="OffreIndex"/> snapshot, kept in step
/// with the store's change log. Searches read <see cref="Current"/> without any lock; catch-ups
/// (one at a time) build the next snapshot and swap it in atomically. Changed offers go to a
/// small delta segment and mask their base document; when the delta grows past
/// <see cref="SearchEngineOptions.MergeThreshold"/> a background merge folds it into a new base.
/// </summary>
public sealed partial class SearchEngine : IDisposable
{
    private readonly OffreFactsExtractor _extractor;
    private readonly IOffreStore _store;
    private readonly SearchEngineOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly EngineState _state;
    private OffreIndex _current;

    private SearchEngine(IOffreStore store, OffreFactsExtractor extractor, SearchEngineOptions options, EngineState state)
    {
        _store = store;
        _extractor = extractor;
        _options = options;
        _state = state;
        _current = state.Publish();
    }

    /// <summary>The snapshot searches run on; a new object after each applied change.</summary>
    public OffreIndex Current => Volatile.Read(ref _current);

    public SearchResult Search(SearchQuery query, DateTime now) => Current.Search(query, now);

    public static Task<SearchEngine> BuildAsync(
        IOffreStore store, ReferenceData data, SearchEngineOptions? options = null, CancellationToken ct = default) =>
        BuildAsync(store, new OffreFactsExtractor(data), IndexContext.Create(data), options, ct);

    /// <summary>
    /// Streams every live offer into a new index. The change-log position is read before
    /// streaming: changes that the stream already saw are applied again by the first catch-up,
    /// which is harmless because applying a change re-reads the offer's current state.
    /// </summary>
    public static async Task<SearchEngine> BuildAsync(
        IOffreStore store, OffreFactsExtractor extractor, IndexContext context,
        SearchEngineOptions? options, CancellationToken ct)
    {
        options ??= SearchEngineOptions.Default;
        var sequence = await store.GetLastSequenceAsync(ct);
        var expected = await store.CountOffersAsync(ct);
        var segment = await ParallelBuild.RunAsync(store.StreamOffersAsync(ct), extractor, context, options.BuildParallelism, expected, ct);
        var state = new EngineState(context, segment, sequence, options.MergeThreshold);
        return new SearchEngine(store, extractor, options, state);
    }

    /// <summary>
    /// Applies every change logged since the last one applied and publishes the new snapshot;
    /// returns the number of change-log entries read.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var changed = _state.InstallMergeIfDone();
            var read = 0;
            while (true)
            {
                var ids = new List<string>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                long last = -1;
                var count = 0;
                await foreach (var change in _store.ReadChangesAsync(_state.Sequence, _options.ChangeBatchSize, ct))
                {
                    count++;
                    last = change.Sequence;
                    if (seen.Add(change.OffreId))
                        ids.Add(change.OffreId);
                }
                if (count == 0)
                    break;
                // Whatever the kinds in the batch, the offer's state now is what the index must show.
                foreach (var id in ids)
                {
                    var entry = await _store.GetEntryAsync(id, ct);
                    _state.Apply(id, entry is null ? null : _extractor.Extract(entry));
                }
                _options.ChangesApplied?.Invoke(ids);
                _state.Sequence = last;
                read += count;
                changed = true;
                if (count < _options.ChangeBatchSize)
                    break;
            }
            if (changed)
                Volatile.Write(ref _current, _state.Publish());
            _state.StartMergeIfDue();
            return read;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Catches up every <paramref name="interval"/> (≤ 500 ms keeps a change searchable within a
    /// second) until cancelled. A failed round is reported to <paramref name="onError"/> and retried.
    /// </summary>
    public async Task RunFollowerAsync(TimeSpan interval, Action<Exception>? onError = null, CancellationToken ct = default)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await CatchUpAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A follower must survive a failed round (store restart, network): it reports and retries.
            catch (Exception e)
#pragma warning restore CA1031
            {
                onError?.Invoke(e);
            }
            try
            {
                await Task.Delay(interval, _options.Time, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Waits for a running background merge and publishes its result (tests, shutdown).</summary>
    public async Task CompleteMergeAsync(CancellationToken ct = default)
    {
        await _state.WaitForMergeAsync();
        await _gate.WaitAsync(ct);
        try
        {
            if (_state.InstallMergeIfDone())
                Volatile.Write(ref _current, _state.Publish());
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
