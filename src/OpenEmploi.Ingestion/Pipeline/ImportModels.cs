using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>One feed to import.</summary>
/// <param name="SourceCode">A registered source (openemploi sources add).</param>
/// <param name="Feed">Read forward only, never held whole (a download stream is fine).</param>
/// <param name="Format">The feed's format.</param>
/// <param name="FullFeed">The feed holds every live offer of the source: those missing are removed at the end.</param>
/// <param name="Location">The file or URL, for the run's record.</param>
/// <param name="Report">Receives one line per input record, when given.</param>
public sealed record ImportRequest(
    string SourceCode, Stream Feed, FeedFormat Format, bool FullFeed, string? Location = null, ImportReportWriter? Report = null);

/// <summary>What an import did.</summary>
public sealed record ImportResult(long RunId, ImportCounters Counters, TimeSpan Elapsed, TimeSpan LoadTime, int LoadedMembers)
{
    /// <summary>Where <see cref="Elapsed"/> went.</summary>
    public ImportStages Stages { get; init; } = new();
}

/// <summary>
/// Wall-clock time of an import's stages: reading the source's stored records, then three at
/// once — parsing the feed and preparing each batch (raw hash, normalisation, verification and
/// de-duplication's text analysis, in parallel), up to two batches ahead, on a task of their own;
/// deciding (de-duplication and the rows, in feed order) on the importing thread; writing the
/// batches on another. <see cref="PrepareWait"/> is the part of the importing thread's time spent
/// waiting for the next batch to be read and prepared, <see cref="WriteWait"/> the part spent
/// waiting for the previous one to be written.
/// </summary>
public sealed class ImportStages
{
    private readonly Lock _gate = new();
    private TimeSpan _prepare;

    public TimeSpan Known { get; set; }
    public TimeSpan Parse { get; set; }

    public TimeSpan Prepare
    {
        get
        {
            lock (_gate)
                return _prepare;
        }
    }

    /// <summary>A batch's preparation, from the thread that ran it.</summary>
    public void AddPrepare(TimeSpan elapsed)
    {
        lock (_gate)
            _prepare += elapsed;
    }

    /// <summary>The part of the importing thread's time spent waiting for the next batch to be read and prepared.</summary>
    public TimeSpan PrepareWait { get; set; }
    public TimeSpan Decide { get; set; }

    /// <summary>
    /// The importing thread's own CPU time while deciding (<see cref="OpenEmploi.Storage.ThreadCpu"/>; zero where the
    /// system does not tell): what a loaded machine does not inflate, unlike <see cref="Decide"/>.
    /// </summary>
    public TimeSpan DecideCpu { get; set; }

    /// <summary>
    /// The importing thread's time waiting for a core while deciding (runnable, every core busy:
    /// the run queue's wait of /proc/thread-self/schedstat; zero where the system does not tell).
    /// </summary>
    public TimeSpan DecideQueued { get; set; }

    /// <summary>
    /// The garbage collector's pauses while the importing thread decided (process-wide pauses,
    /// which stop it as every managed thread).
    /// </summary>
    public TimeSpan DecidePaused { get; set; }

    /// <summary>
    /// Closing each decided batch on the importing thread: the published offers' final states
    /// drafted from the index, the source boilerplate the rows' prints need frozen.
    /// </summary>
    public TimeSpan Close { get; set; }

    /// <summary>
    /// Taking each decided batch, by the take stage between the importing thread and the writer
    /// (<see cref="BatchTaker"/>), while the next batches are decided: the documents the batch
    /// needs read from the store together (<see cref="TakeReads"/>), the rows' documents and prints
    /// serialised (<see cref="TakeRows"/>), the published offers composed and their stored JSON
    /// serialised (<see cref="TakeOffers"/>), on every core.
    /// </summary>
    public TimeSpan Take { get; set; }

    public TimeSpan TakeReads { get; set; }
    public TimeSpan TakeRows { get; set; }
    public TimeSpan TakeOffers { get; set; }

    /// <summary>The part of the importing thread's time spent waiting for the take stage to accept a decided batch.</summary>
    public TimeSpan TakeWait { get; set; }

    public TimeSpan Write { get; set; }
    public TimeSpan WriteWait { get; set; }

    /// <summary>The store's commits of the run's batches (several batches in one when the writer fell behind).</summary>
    public int Commits { get; set; }
}

/// <summary>A failure the operator can fix (unknown source, another import running): one clear French message.</summary>
public sealed class IngestionException(string message) : Exception(message);
