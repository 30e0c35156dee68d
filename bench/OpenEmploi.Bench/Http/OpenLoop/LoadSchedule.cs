using System.Diagnostics;

namespace OpenEmploi.Bench.Http.OpenLoop;

/// <summary>One request of the schedule: its number and when it is meant to be sent (a <see cref="Stopwatch"/> timestamp).</summary>
internal readonly record struct ScheduledRequest(long Index, long Intended);

/// <summary>
/// Request n is due at Origin + n / Rate, whatever happened to the ones before: the first
/// <see cref="WarmUpCount"/> warm the server up and are not reported, the next
/// <see cref="MeasuredCount"/> are.
/// </summary>
internal readonly record struct LoadSchedule(long Origin, double Rate, long WarmUpCount, long MeasuredCount)
{
    public static LoadSchedule Create(long origin, double rate, TimeSpan warmUp, TimeSpan measured) =>
        new(origin, rate, (long)Math.Round(warmUp.TotalSeconds * rate), (long)Math.Round(measured.TotalSeconds * rate));

    public long Total => WarmUpCount + MeasuredCount;

    /// <summary>When the measured requests start being due.</summary>
    public long MeasuredFrom => Intended(WarmUpCount);

    /// <summary>When the last measured request's period ends: <see cref="MeasuredFrom"/> + the measured duration.</summary>
    public long MeasuredTo => Intended(Total);

    public TimeSpan MeasuredDuration => Stopwatch.GetElapsedTime(MeasuredFrom, MeasuredTo);

    public long Intended(long index) => Origin + (long)Math.Round(index * (double)Stopwatch.Frequency / Rate);

    public bool IsMeasured(long index) => index >= WarmUpCount;

    public bool InMeasuredWindow(long timestamp) => timestamp >= MeasuredFrom && timestamp < MeasuredTo;
}
