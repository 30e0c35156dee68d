using System.Runtime.ExceptionServices;

namespace OpenEmploi.Core.Referentiels;

/// <summary>
/// Runs a few loading steps side by side on dedicated threads. Loading is synchronous and its
/// steps wait for their own sub-steps; such nested blocking waits on the thread pool (two workers
/// on a 2-core machine) can stall until the pool injects threads, whereas a handful of threads
/// costs well under a millisecond.
/// </summary>
internal static class Concurrently
{
    public static void Run(params Action[] actions)
    {
        var errors = new Exception?[actions.Length];
        var threads = new Thread[actions.Length - 1];
        for (var i = 1; i < actions.Length; i++)
        {
            var index = i;
            threads[i - 1] = new Thread(() => errors[index] = Capture(actions[index])) { IsBackground = true, Name = "reference-data" };
            threads[i - 1].Start();
        }
        errors[0] = Capture(actions[0]);
        foreach (var thread in threads)
            thread.Join();

        // A file error explains the others (a step that found nothing to check against), so it wins.
        var first = errors.FirstOrDefault(e => e is ReferenceDataException) ?? errors.FirstOrDefault(e => e is not null);
        if (first is not null)
            ExceptionDispatchInfo.Capture(first).Throw();
    }

    private static Exception? Capture(Action action)
    {
        try
        {
            action();
            return null;
        }
#pragma warning disable CA1031 // Every failure is rethrown on the calling thread.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return e;
        }
    }
}
