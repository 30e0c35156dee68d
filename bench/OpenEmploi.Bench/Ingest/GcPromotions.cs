using System.Collections.ObjectModel;
using System.Diagnostics.Tracing;

namespace OpenEmploi.Bench.Ingest;

/// <summary>
/// Bytes the garbage collector copied out of the young generations during a run, from the
/// runtime's own heap statistics event (GCHeapStats, sent after each collection). What a gen0 or
/// gen1 collection costs is mostly what it finds alive and copies: an import whose batches in
/// flight outlive the young generations pays for them twice (gen0 → gen1 → gen2). Unlike pause
/// times, these volumes do not grow when a loaded machine takes the collector's core away.
/// </summary>
internal sealed class GcPromotions : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private const int HeapStatsEventId = 4;

    private long _fromGen0;
    private long _fromGen1;
    private long _collections;

    /// <summary>Bytes promoted out of gen0 (into gen1, or gen2 when the collection took gen1 too).</summary>
    public long FromGen0 => Interlocked.Read(ref _fromGen0);

    /// <summary>Bytes promoted out of gen1 into gen2.</summary>
    public long FromGen1 => Interlocked.Read(ref _fromGen1);

    public long Collections => Interlocked.Read(ref _collections);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
            EnableEvents(eventSource, EventLevel.Informational, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId != HeapStatsEventId || eventData.PayloadNames is not { } names || eventData.Payload is not { } values)
            return;
        Interlocked.Add(ref _fromGen0, Read(names, values, "TotalPromotedSize0"));
        Interlocked.Add(ref _fromGen1, Read(names, values, "TotalPromotedSize1"));
        Interlocked.Increment(ref _collections);
    }

    private static long Read(ReadOnlyCollection<string> names, ReadOnlyCollection<object?> values, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
                return Convert.ToInt64(values[i], System.Globalization.CultureInfo.InvariantCulture);
        }
        return 0;
    }

    public override string ToString() =>
        $"promoted out of gen0 {FromGen0 / (1024.0 * 1024.0):N0} MiB, out of gen1 {FromGen1 / (1024.0 * 1024.0):N0} MiB ({Collections:N0} collections seen)";
}
