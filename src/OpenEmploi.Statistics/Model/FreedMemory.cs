using System.Runtime;

namespace OpenEmploi.Statistics.Model;

/// <summary>
/// Hands the memory of a finished step back before the next one. Each step of a computation
/// (counting, roll-up, disclosure table, suppression) drops arrays of hundreds of megabytes to gigabytes at
/// national scale; left to itself the collector lets such garbage pile up in the large object
/// heap until its budget is spent, so it is resident beside the next step's arrays and sets the
/// run's peak (docs/statistics.md, "Performance"). One full, compacting collection between steps
/// costs little: the live data then are a few large arrays of numbers, with no references to trace.
/// </summary>
internal static class FreedMemory
{
    public static void Release()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
