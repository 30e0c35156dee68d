using System.Diagnostics;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Index;
using OpenEmploi.Search.Query;
using OpenEmploi.Storage;

namespace OpenEmploi.Bench.Search;

/// <summary>The in-memory index of OpenEmploi.Search (<see cref="SearchEngine"/>) as one engine of the benchmark.</summary>
internal sealed class IndexEngine(SearchEngine engine) : ISearchEngine
{
    public const string Name = "OpenEmploi in-memory index";

    string ISearchEngine.Name => Name;

    public SearchResult Search(SearchQuery query, DateTime now) => engine.Search(query, now);

    /// <summary>
    /// Builds the index from the store as a node does at start-up, measuring the time and the
    /// memory it keeps: managed heap after a full collection, before and after, and the process's
    /// working set.
    /// </summary>
    public static async Task<(ISearchEngine Engine, string Build)?> TryBuildAsync(IOffreStore store, ReferenceData data)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var engine = await SearchEngine.BuildAsync(store, data);
        watch.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        var heapMiB = (after - before) / (1024.0 * 1024.0);
        var workingSetMiB = process.WorkingSet64 / (1024.0 * 1024.0);
        var peakMiB = process.PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine($"index: built in {watch.Elapsed.TotalSeconds:F1} s, managed heap +{heapMiB:N0} MiB, working set {workingSetMiB:N0} MiB (peak {peakMiB:N0} MiB)");
        return (new IndexEngine(engine), $"{watch.Elapsed.TotalSeconds:F1} s; heap +{heapMiB:N0} MiB, working set {workingSetMiB:N0} MiB (peak {peakMiB:N0} MiB)");
    }

    public void Dispose() => engine.Dispose();
}
