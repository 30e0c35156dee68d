using System.Numerics;

namespace OpenEmploi.Bench.Http.OpenLoop;

/// <summary>
/// A log-linear histogram of non-negative integer values (the open-loop load records microseconds):
/// exact below 256, then each power of two split in 128 equal buckets, so that a bucket is never
/// wider than 1/128 of its lowest value. Percentiles are reported as the highest value of their
/// bucket (capped by the largest value recorded, kept exactly): never below the exact percentile, and at most
/// 0.8 % above it. Recording is a few integer operations and no allocation; not thread-safe: one
/// histogram per writer, merged with <see cref="Add"/>.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int SubBucketBits = 7;
    private const int SubBucketCount = 1 << SubBucketBits;
    // Values below this are counted one bucket per value.
    private const int LinearLimit = 2 * SubBucketCount;
    private const int LinearBits = SubBucketBits + 1;

    private readonly long[] _counts;

    /// <param name="highestTrackable">
    /// The largest value told apart: larger ones are counted in the last bucket (their exact
    /// maximum is still kept). One hour in microseconds by default: 3,287 buckets, 26 KiB.
    /// </param>
    public LatencyHistogram(long highestTrackable = 3_600_000_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(highestTrackable, LinearLimit);
        HighestTrackable = highestTrackable;
        _counts = new long[IndexOf(highestTrackable) + 1];
    }

    public long HighestTrackable { get; }

    public long Count { get; private set; }

    /// <summary>The largest value recorded, exact (0 when empty).</summary>
    public long Max { get; private set; }

    /// <summary>The smallest value recorded, exact (0 when empty).</summary>
    public long Min { get; private set; }

    private long Sum { get; set; }

    public double Mean => Count == 0 ? 0 : Sum / (double)Count;

    public void Record(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        _counts[IndexOf(Math.Min(value, HighestTrackable))]++;
        Min = Count == 0 ? value : Math.Min(Min, value);
        Max = Math.Max(Max, value);
        Sum += value;
        Count++;
    }

    public void Add(LatencyHistogram other)
    {
        if (other.HighestTrackable != HighestTrackable)
            throw new ArgumentException("Les histogrammes n'ont pas les mêmes seaux.", nameof(other));
        if (other.Count == 0)
            return;
        for (var i = 0; i < _counts.Length; i++)
            _counts[i] += other._counts[i];
        Min = Count == 0 ? other.Min : Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
        Sum += other.Sum;
        Count += other.Count;
    }

    /// <summary>
    /// The value below or at which <paramref name="percent"/> % of the values lie: the value of
    /// rank ⌈p/100 × count⌉ in sorted order (rank 1 for p = 0), to the bucket's resolution.
    /// </summary>
    public long ValueAtPercentile(double percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (Count == 0)
            return 0;
        var rank = Math.Clamp((long)Math.Ceiling(percent / 100 * Count), 1, Count);
        // The largest value is known exactly, even beyond the trackable range.
        if (rank == Count)
            return Max;
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
                return Math.Min(HighestIn(i), Max);
        }
        return Max;
    }

    private static int IndexOf(long value)
    {
        if (value < LinearLimit)
            return (int)value;
        var magnitude = BitOperations.Log2((ulong)value);
        var shift = magnitude - SubBucketBits;
        var sub = (int)(value >> shift) - SubBucketCount;
        return LinearLimit + (magnitude - LinearBits) * SubBucketCount + sub;
    }

    private static long HighestIn(int index)
    {
        if (index < LinearLimit)
            return index;
        var magnitude = LinearBits + (index - LinearLimit) / SubBucketCount;
        var sub = (index - LinearLimit) % SubBucketCount;
        var shift = magnitude - SubBucketBits;
        return ((long)(SubBucketCount + sub + 1) << shift) - 1;
    }
}
