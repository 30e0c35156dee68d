using System.Collections.Concurrent;
using OpenEmploi.Storage;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// Where an import's writer runs when it yields to the decisions (<see cref="IngestionOptions.YieldToDecisions"/>):
/// threads of their own at a lower priority (<see cref="BackgroundPriority"/>), so that when the
/// stages want more cores than there are, the writer — which has slack: twice a commit's batches
/// wait for it before the decisions do, and a writer behind commits them together — is the one
/// that waits for a core, not the deciding thread (the one stage in feed order) nor the reading,
/// preparing and taking that it waits for. It loses nothing when a core is free: a lower priority
/// only orders the threads waiting for one.
/// </summary>
/// <remarks>
/// A scheduler of its own: the thread pool's threads cannot be lowered (a lowered thread never
/// comes back up, and would later run anything). Its threads are made once per process and kept
/// (background threads); a SQLite commit holds one for its whole transaction, so there are as many
/// as cores, for imports running side by side (tests). The take stage and the preparing stay on
/// the pool: lowered too, they starved the decisions, which wait for them after one batch
/// (docs/benchmarks.md, "…branch wt-ingest5r").
/// </remarks>
internal sealed class WriterThreads : TaskScheduler
{
    private static readonly Lazy<WriterThreads> Shared = new(() => new WriterThreads(Math.Max(2, Environment.ProcessorCount)));

    private readonly BlockingCollection<Task> _tasks = [];

    private WriterThreads(int threads)
    {
        for (var i = 0; i < threads; i++)
        {
            var thread = new Thread(Run) { IsBackground = true, Name = "Import writer " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            thread.Start();
        }
    }

    /// <summary>The scheduler of an import's writer: these threads, or the thread pool's when it does not yield.</summary>
    public static TaskScheduler For(IngestionOptions options) => options.YieldToDecisions ? Shared.Value : Default;

    // Whether the current thread is one of these (lowered) threads.
    [ThreadStatic]
    private static bool t_isWriterThread;

    private void Run()
    {
        t_isWriterThread = true;
        BackgroundPriority.Lower();
        foreach (var task in _tasks.GetConsumingEnumerable())
            TryExecuteTask(task);
    }

    protected override void QueueTask(Task task) => _tasks.Add(task);

    // Inline only on these threads: a continuation finished by another thread (a PostgreSQL
    // read completing on the pool) would otherwise run there, at normal priority.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => t_isWriterThread && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _tasks.ToArray();
}
