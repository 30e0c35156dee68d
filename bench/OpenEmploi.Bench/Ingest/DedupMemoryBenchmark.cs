using System.Diagnostics;
using System.Runtime.CompilerServices;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Bench.Ingest;

/// <summary>
/// Where the de-duplication index's memory goes: loads the ingestion engine from a store (as a
/// session opens it, without the import lock: the store is only read), then prints the managed
/// heap the load added, the CPU it used, the peak working set and the index's own count of its
/// structures (<c>DuplicateIndex.Footprint</c>), whose sum should come close to the heap's growth.
/// </summary>
internal static class DedupMemoryBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var location = StoreLocation.Parse(options.Store ?? throw new ArgumentException("--store est obligatoire"));
        Console.WriteLine($"machine: {Machine.Describe()}");
        var data = ReferenceData.LoadDefault();
        await using var store = IngestionStoreFactory.Open(location, TimeProvider.System);
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var cpuBefore = CpuTime();
        var watch = Stopwatch.StartNew();
        var engine = await IngestionSession.LoadEngineAsync(store, data, TimeProvider.System);
        watch.Stop();
        var cpu = CpuTime() - cpuBefore;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var members = engine.LoadedMembers;
        Console.WriteLine($"loaded {members:N0} members in {watch.Elapsed.TotalSeconds:F1} s, {cpu.TotalSeconds:F1} s of CPU; "
            + $"managed heap +{MiB(heapAfter - heapBefore)} ({(heapAfter - heapBefore) / (double)Math.Max(1, members):N0} bytes per member); "
            + $"peak working set {Machine.PeakWorkingSetMiB():N0} MiB; load average {LoadAverage()}");
        var parts = engine.Index.Footprint(SizeOf);
        var total = parts.Sum(p => p.Bytes);
        Console.WriteLine();
        Console.WriteLine("| structure | MiB | bytes per member | share |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (structure, bytes) in parts.OrderByDescending(p => p.Bytes))
            Console.WriteLine($"| {structure} | {MiB(bytes)} | {bytes / (double)Math.Max(1, members):N0} | {bytes * 100.0 / Math.Max(1, total):F1} % |");
        Console.WriteLine($"| **counted** | {MiB(total)} | {total / (double)Math.Max(1, members):N0} | of the heap's growth: {total * 100.0 / Math.Max(1, heapAfter - heapBefore):F0} % |");
        GC.KeepAlive(engine);
        return 0;
    }

    /// <summary>An object's size as the runtime allocates it: uninitialised instances counted by the allocator (the first one apart, which may load the type).</summary>
    private static long SizeOf(Type type)
    {
        if (Sizes.TryGetValue(type, out var size))
            return size;
        const int Count = 1000;
        var instances = new object[Count];
        instances[0] = RuntimeHelpers.GetUninitializedObject(type);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 1; i < Count; i++)
            instances[i] = RuntimeHelpers.GetUninitializedObject(type);
        size = (GC.GetAllocatedBytesForCurrentThread() - before) / (Count - 1);
        GC.KeepAlive(instances);
        Sizes[type] = size;
        return size;
    }

    private static readonly Dictionary<Type, long> Sizes = [];

    private static string MiB(long bytes) => $"{bytes / (1024.0 * 1024.0):N0} MiB";

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
