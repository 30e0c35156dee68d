using OpenEmploi.Core.Offres;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Storage;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Sync;

/// <summary>
/// Ingestion running concurrently: random creations, updates (some moving offers into or out of
/// one département, or changing their ROME code) and deletions, until stopped; can be paused.
/// </summary>
internal sealed class RandomWriter(ApiPlatform platform, int seed, string departement) : IAsyncDisposable
{
    private readonly IOffreStore _store = platform.Offres;
    private readonly OffreGenerator _generator = SyncFeedTests.Generator(platform, seed);
    private readonly Random _random = new(seed);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _live = [];
    private List<OffreEntry> _templates = [];
    private Task? _loop;
    private long _next;
    private int _operations;

    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Deleted { get; private set; }
    public int MovedOut { get; private set; }

    public async Task StartAsync()
    {
        await foreach (var entry in _store.StreamOffersAsync())
            _live.Add(entry.Id);
        _templates = SyncFeedTests.Generator(platform, seed + 1).Generate(0, 300).ToList();
        _loop = Task.Run(() => RunAsync(_stop.Token));
    }

    /// <summary>Returns once <paramref name="operations"/> more writes are done.</summary>
    public async Task WaitForAsync(int operations)
    {
        var target = Volatile.Read(ref _operations) + operations;
        for (var i = 0; i < 3000 && Volatile.Read(ref _operations) < target; i++)
            await Task.Delay(10);
    }

    /// <summary>
    /// Returns once every kind of write (creation, update, move out of the département, deletion)
    /// has happened at least once: a loaded machine writes fewer operations in a test's rounds, and a
    /// rare kind (a move out, about 1 % of writes) may not have come yet.
    /// </summary>
    public async Task WaitForEveryKindAsync()
    {
        for (var i = 0; i < 12_000 && !(Created > 0 && Updated > 0 && MovedOut > 0 && Deleted > 0); i++)
            await Task.Delay(10);
    }

    /// <summary>Holds the writer between two writes until the result is disposed.</summary>
    public async Task<IAsyncDisposable> PauseAsync()
    {
        await _gate.WaitAsync();
        return new Resume(_gate);
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
            await _loop;
    }

    private async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await _gate.WaitAsync(CancellationToken.None);
            try
            {
                await WriteOnceAsync();
                Interlocked.Increment(ref _operations);
            }
            finally
            {
                _gate.Release();
            }
            await Task.Delay(1, CancellationToken.None);
        }
    }

    private async Task WriteOnceAsync()
    {
        var dice = _random.NextDouble();
        if (dice < 0.35 || _live.Count < 10)
        {
            var entry = _generator.Generate(_next++, 1).Single();
            await _store.UpsertAsync(entry);
            _live.Add(entry.Id);
            Created++;
            return;
        }
        var index = _random.Next(_live.Count);
        var id = _live[index];
        if (dice < 0.70)
        {
            var entry = await _store.GetEntryAsync(id);
            if (entry is null)
                return;
            OffreEntry updated;
            var move = _random.NextDouble();
            if (move < 0.3)
            {
                var template = _templates[_random.Next(_templates.Count)];
                if (entry.Departement == departement && template.Departement != departement)
                    MovedOut++;
                updated = SyncFeedTests.MovedTo(entry, template);
            }
            else if (move < 0.5)
            {
                updated = SyncFeedTests.MovedTo(entry, _templates.Find(t => t.Departement == departement) ?? _templates[0]);
            }
            else
            {
                var copy = OffreJson.Deserialize(OffreJson.Serialize(entry.Offre));
                copy.Intitule = (copy.Intitule ?? "") + " (mis à jour)";
                copy.DateActualisation = copy.DateActualisation.AddMinutes(1);
                updated = entry with { Offre = copy };
            }
            await _store.UpsertAsync(updated);
            Updated++;
            return;
        }
        Assert.True(await _store.DeleteAsync(id));
        _live[index] = _live[^1];
        _live.RemoveAt(_live.Count - 1);
        Deleted++;
    }

    public override string ToString() => $"created {Created}, updated {Updated} (moved out {MovedOut}), deleted {Deleted}";

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
        _gate.Dispose();
    }

    private sealed class Resume(SemaphoreSlim gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
