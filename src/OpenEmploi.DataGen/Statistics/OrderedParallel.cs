namespace OpenEmploi.DataGen.Statistics;

/// <summary>
/// Builds entities 0 … count − 1 in chunks on the thread pool and yields their rows in index
/// order: a window of chunks in flight, so memory stays at a few chunks whatever the count, and the
/// caller (a store writing on its own thread) sees the same sequence as a single-threaded run.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TRow> Run<TBuilder, TRow>(
        long count, int chunkSize, Func<TBuilder> newBuilder, Action<TBuilder, long, List<TRow>> build, int? degreeOfParallelism = null)
    {
        var chunks = (count + chunkSize - 1) / chunkSize;
        var degree = Math.Max(1, degreeOfParallelism ?? Environment.ProcessorCount);
        var window = new Queue<Task<List<TRow>>>();
        long next = 0;
        Task<List<TRow>> Start(long chunk) => Task.Run(() =>
        {
            var builder = newBuilder();
            var rows = new List<TRow>();
            var first = chunk * chunkSize;
            var last = Math.Min(count, first + chunkSize);
            for (var i = first; i < last; i++)
                build(builder, i, rows);
            return rows;
        });
        while (next < chunks && window.Count < degree * 2)
            window.Enqueue(Start(next++));
        while (window.Count > 0)
        {
            // CPU-bound work on pool threads without a synchronisation context: waiting is what an enumerator must do.
            var rows = window.Dequeue().GetAwaiter().GetResult();
            if (next < chunks)
                window.Enqueue(Start(next++));
            foreach (var row in rows)
                yield return row;
        }
    }
}
