namespace OpenEmploi.Statistics.JobSeekers;

/// <summary>
/// The job-seeker register cut into id ranges, read on separate connections by the counting
/// threads. More parts than threads: a quarter's episodes are not spread evenly over the ids
/// (recent registrations are the many high ids), so the threads take the next part as they
/// finish one instead of half of the ids each.
/// </summary>
internal static class EpisodeParts
{
    public const int PartsPerThread = 4;

    /// <summary>Consecutive ranges covering [first, last], in id order; none for an empty register.</summary>
    public static IReadOnlyList<(long First, long Last)> Split((long First, long Last)? ids, int threads)
    {
        if (ids is not { } range)
            return [];
        var parts = threads <= 1 ? 1 : threads * PartsPerThread;
        var span = (ulong)(range.Last - range.First) + 1;
        var size = Math.Max(1UL, (span + (ulong)parts - 1) / (ulong)parts);
        var result = new List<(long, long)>(parts);
        for (var first = range.First; ; first += (long)size)
        {
            var last = (ulong)(range.Last - first) < size ? range.Last : first + (long)size - 1;
            result.Add((first, last));
            if (last == range.Last)
                return result;
        }
    }
}
