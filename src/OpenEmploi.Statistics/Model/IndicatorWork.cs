namespace OpenEmploi.Statistics.Model;

/// <summary>
/// Runs one piece of work per indicator on several threads. Indicators' tables are independent:
/// cells never add up across indicators, so no relation joins two of them, and each piece reads
/// and writes only its own indicator's cells. What the pieces compute therefore does not depend on
/// the threads; only the largest-first order in which they are started does, which is for balance.
/// </summary>
internal static class IndicatorWork
{
    /// <summary>The threads used by default: one per core.</summary>
    public static int DefaultThreads => Environment.ProcessorCount;

    /// <summary>Calls <paramref name="body"/> once for each of <paramref name="count"/> pieces, largest first, on at most <paramref name="threads"/> threads.</summary>
    public static void Run(int count, Func<int, long> size, Action<int> body, int threads)
    {
        ArgumentNullException.ThrowIfNull(size);
        ArgumentNullException.ThrowIfNull(body);
        var order = Enumerable.Range(0, count).OrderByDescending(size).ThenBy(i => i).ToArray();
        if (threads <= 1 || count <= 1)
        {
            foreach (var piece in order)
                body(piece);
            return;
        }
        var next = -1;
        var workers = new Thread[Math.Min(threads, count)];
        var failures = new Exception?[order.Length];
        for (var w = 0; w < workers.Length; w++)
        {
            // Plain threads rather than the pool: the pieces are few and long, and a busy pool
            // would start the second one late.
            workers[w] = new Thread(() =>
            {
                int piece;
                while ((piece = Interlocked.Increment(ref next)) < order.Length)
                {
                    try
                    {
                        body(order[piece]);
                    }
#pragma warning disable CA1031 // rethrown below, on the calling thread
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        failures[piece] = e;
                    }
                }
            });
            workers[w].Start();
        }
        foreach (var worker in workers)
            worker.Join();
        // The error one thread would have met first, as it was thrown (callers and the CLI see
        // the same exception and message whatever the threads).
        if (Array.Find(failures, e => e is not null) is { } failure)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }
}
