using OpenEmploi.Bench.Http.OpenLoop;

namespace OpenEmploi.Bench.Tests.Http;

public class LatencyHistogramTests
{
    private static readonly double[] Percents = [0, 1, 10, 25, 50, 75, 90, 99, 99.9, 99.99, 100];

    [Theory]
    [InlineData(1, 1_000)]
    [InlineData(2, 100_000)]
    [InlineData(3, 7)]
    public void Percentiles_are_within_the_bucket_resolution_of_a_sorted_brute_force(int seed, int count)
    {
        var random = new Random(seed);
        // Latency-like values over seven orders of magnitude: log-uniform from 1 µs to 10 s.
        var values = Enumerable.Range(0, count).Select(_ => (long)Math.Exp(random.NextDouble() * Math.Log(10_000_000))).ToArray();
        var histogram = new LatencyHistogram();
        foreach (var value in values)
            histogram.Record(value);
        Array.Sort(values);

        foreach (var percent in Percents)
        {
            var exact = values[Math.Clamp((int)Math.Ceiling(percent / 100 * count) - 1, 0, count - 1)];
            var reported = histogram.ValueAtPercentile(percent);
            Assert.InRange(reported, exact, exact + exact / 128);
        }
        Assert.Equal(count, histogram.Count);
        Assert.Equal(values[0], histogram.Min);
        Assert.Equal(values[^1], histogram.Max);
        Assert.Equal(values.Average(), histogram.Mean, 6);
    }

    [Fact]
    public void Values_below_256_are_exact()
    {
        var histogram = new LatencyHistogram();
        for (var value = 0; value < 256; value++)
            histogram.Record(value);
        for (var value = 0; value < 256; value++)
            Assert.Equal(value, histogram.ValueAtPercentile((value + 1) * 100.0 / 256));
    }

    [Fact]
    public void Each_value_is_reported_at_most_one_128th_above_itself()
    {
        // Beside a far larger value, the median is the top of the first value's bucket.
        for (var value = 1L; value < 70_000; value++)
        {
            var histogram = new LatencyHistogram();
            histogram.Record(value);
            histogram.Record(3_000_000_000);
            Assert.InRange(histogram.ValueAtPercentile(50), value, value + value / 128);
        }
    }

    [Fact]
    public void Merged_histograms_answer_as_one_that_saw_every_value()
    {
        var random = new Random(4);
        var values = Enumerable.Range(0, 20_000).Select(_ => (long)random.Next(1, 5_000_000)).ToArray();
        var whole = new LatencyHistogram();
        var parts = new[] { new LatencyHistogram(), new LatencyHistogram(), new LatencyHistogram() };
        for (var i = 0; i < values.Length; i++)
        {
            whole.Record(values[i]);
            parts[i % parts.Length].Record(values[i]);
        }
        var merged = new LatencyHistogram();
        foreach (var part in parts)
            merged.Add(part);

        foreach (var percent in Percents)
            Assert.Equal(whole.ValueAtPercentile(percent), merged.ValueAtPercentile(percent));
        Assert.Equal(whole.Count, merged.Count);
        Assert.Equal(whole.Min, merged.Min);
        Assert.Equal(whole.Max, merged.Max);
        Assert.Equal(whole.Mean, merged.Mean, 9);
    }

    [Fact]
    public void Values_beyond_the_trackable_range_count_at_the_top_and_keep_their_exact_maximum()
    {
        var histogram = new LatencyHistogram(highestTrackable: 10_000);
        histogram.Record(5);
        histogram.Record(20_000);
        histogram.Record(1_000_000);
        Assert.Equal(1_000_000, histogram.Max);
        Assert.Equal(1_000_000, histogram.ValueAtPercentile(100));
        Assert.InRange(histogram.ValueAtPercentile(50), 10_000, 10_000 + 10_000 / 128);
    }

    [Fact]
    public void An_empty_histogram_reports_zero()
    {
        var histogram = new LatencyHistogram();
        Assert.Equal(0, histogram.ValueAtPercentile(99));
        Assert.Equal(0, histogram.Mean);
    }
}
