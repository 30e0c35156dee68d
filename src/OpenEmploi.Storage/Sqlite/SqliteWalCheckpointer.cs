using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;

namespace OpenEmploi.Storage.Sqlite;

/// <summary>When an import's WAL is checkpointed, in pages (16 KB each).</summary>
/// <param name="StartPages">
/// A pass is started in the background after a commit that leaves at least this many pages in the
/// WAL (8,192: 128 MB, the interval the writer's automatic checkpoint had): an index page that
/// several consecutive commits change is copied into the file once, not once a commit.
/// </param>
/// <param name="BoundPages">
/// After a commit that leaves at least this many pages (32,768: 512 MB), the writer does not begin
/// its next transaction before the passes running have copied the WAL whole, so that the
/// transaction starts the WAL over from its beginning. A writer that never pauses would otherwise
/// never let the WAL restart (it restarts only in a transaction begun when every page was copied).
/// </param>
internal sealed record SqliteWalPolicy(int StartPages, int BoundPages)
{
    public static readonly SqliteWalPolicy Import = new(8192, 32768);
}

/// <summary>
/// Checkpoints the WAL of an import's writer from a connection and a thread of its own, so that
/// the copy of the WAL's pages into the database file and its two fsyncs are not in the writer's
/// commits (they were 24 of the 29 s of commit wall at a million offers, for 5 s of CPU).
/// A checkpoint is SQLite's own <c>PRAGMA wal_checkpoint(PASSIVE)</c>, the same operation the
/// automatic checkpoint runs, only on another connection: it copies pages already committed,
/// waits for no one and blocks no one, and the file is as durable and as crash-safe as with the
/// automatic one (docs/storage.md, "Guarantees"). When the writer is done,
/// <see cref="Dispose"/> runs a last <c>TRUNCATE</c> checkpoint: the base is left with an empty WAL.
/// </summary>
internal sealed class SqliteWalCheckpointer : IDisposable
{
    private static readonly Meter Meter = new("OpenEmploi.Storage.Sqlite");
    private static readonly Counter<long> Passes = Meter.CreateCounter<long>("openemploi.sqlite.wal_checkpoints", description: "WAL checkpoint passes run beside an import's writer");
    private static readonly Counter<long> PagesCopied = Meter.CreateCounter<long>("openemploi.sqlite.wal_checkpointed_pages", "{page}", "WAL pages the background passes copied into the file");
    private static readonly Counter<double> PassSeconds = Meter.CreateCounter<double>("openemploi.sqlite.wal_checkpoint_time", "s", "wall time of the background passes");
    private static readonly Counter<double> WriterWaitSeconds = Meter.CreateCounter<double>("openemploi.sqlite.wal_writer_wait", "s", "time the writer waited for a pass (WAL at its bound)");
    private static readonly Counter<long> PagesWritten = Meter.CreateCounter<long>("openemploi.sqlite.wal_written_pages", "{page}", "pages the writer's commits appended to the WAL");
    private static readonly Counter<double> PassCpuSeconds = Meter.CreateCounter<double>("openemploi.sqlite.wal_checkpoint_cpu", "s", "CPU time of the background passes (their thread's)");
    private static readonly Counter<double> FinalSeconds = Meter.CreateCounter<double>("openemploi.sqlite.wal_final_checkpoint_time", "s", "wall time of the last checkpoint, when the writer closes (the run's end)");
    private static readonly Counter<double> WriterCpuSeconds = Meter.CreateCounter<double>("openemploi.sqlite.writer_cpu", "s", "CPU time of the writer's thread in its transactions");
    private static readonly Counter<double> WriterQueuedSeconds = Meter.CreateCounter<double>("openemploi.sqlite.writer_queued", "s", "time the writer's thread waited for a core in its transactions");
    private static readonly Histogram<int> WalPages = Meter.CreateHistogram<int>("openemploi.sqlite.wal_pages", "{page}", "pages in the WAL after each of the writer's commits");

    private readonly SqliteConnection _connection;
    private readonly SqliteWalPolicy _policy;
    private readonly Thread _thread;
    private readonly object _gate = new();
    private int _requested;     // passes asked for and not started (0 or 1: one pass covers them all)
    private bool _running;
    private bool _stopping;
    private bool _atBound;
    private Exception? _failure;
    // PRAGMA wal_checkpoint reports the frames of the WAL checkpointed so far, not those a pass
    // copied: a pass copies the difference with the pass before, or all of them when the WAL
    // started over in between (seen by the writer's commits: the WAL then holds fewer pages).
    private long _copiedBefore;
    private bool _restartedSincePass;

    private SqliteWalCheckpointer(SqliteConnection connection, SqliteWalPolicy policy)
    {
        _connection = connection;
        _policy = policy;
        _thread = new Thread(Run) { IsBackground = true, Name = "SQLite WAL checkpointer" };
        _thread.Start();
    }

    /// <summary>The most pages the WAL held after one of the writer's commits.</summary>
    public int MaxWalPages { get; private set; }

    /// <summary>The pages the WAL held after the writer's last commit.</summary>
    public int LastWalPages { get; private set; }

    /// <summary>
    /// Pages the writer's commits appended to the WAL so far (each 16 KB, written again into the
    /// file by a pass): what a commit costs in writes.
    /// </summary>
    public long PagesAppended { get; private set; }

    /// <summary>Pages the background passes copied into the database file so far.</summary>
    public long PagesCheckpointed { get; private set; }

    /// <summary>Background passes run so far.</summary>
    public int PassesRun { get; private set; }

    /// <summary>How many times the writer waited for a pass (the WAL at its bound).</summary>
    public int WriterWaits { get; private set; }

    public static async Task<SqliteWalCheckpointer> OpenAsync(SqliteDialect dialect, SqliteWalPolicy policy, CancellationToken ct) =>
        new(await dialect.OpenOwnAsync(ct), policy);

    /// <summary>
    /// After each of the writer's commits, on its thread: the pages its WAL now holds, and those
    /// the writer's connection wrote to it so far.
    /// </summary>
    public void Committed(int walPages, long pagesWritten)
    {
        WalPages.Record(walPages);
        var appended = pagesWritten - PagesAppended;
        // The WAL holds other than what it held plus what was appended: it started over.
        var restarted = walPages != LastWalPages + appended;
        PagesAppended = pagesWritten;
        PagesWritten.Add(appended);
        MaxWalPages = Math.Max(MaxWalPages, walPages);
        LastWalPages = walPages;
        if (restarted)
        {
            lock (_gate)
                _restartedSincePass = true;
        }
        if (walPages < _policy.StartPages)
        {
            _atBound = false;
            return;
        }
        lock (_gate)
        {
            _atBound = walPages >= _policy.BoundPages;
            _requested = 1;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>What the writer's thread spent in one transaction: its CPU, and its waits for a core.</summary>
    public static void WriterRan(TimeSpan cpu, TimeSpan queued)
    {
        WriterCpuSeconds.Add(cpu.TotalSeconds);
        WriterQueuedSeconds.Add(queued.TotalSeconds);
    }

    /// <summary>
    /// Before each of the writer's transactions, on its thread: when its last commit left the WAL
    /// at its bound, waits until the passes asked for have run, so that the transaction restarts
    /// the WAL. Throws what a pass failed with.
    /// </summary>
    public void BeforeWrite()
    {
        lock (_gate)
        {
            if (_failure is { } failure)
                throw new InvalidOperationException("Le point de contrôle du journal WAL a échoué : " + failure.Message, failure);
            if (!_atBound)
                return;
            var waited = Stopwatch.StartNew();
            while ((_requested > 0 || _running) && _failure is null)
                Monitor.Wait(_gate);
            _atBound = false;
            WriterWaits++;
            WriterWaitSeconds.Add(waited.Elapsed.TotalSeconds);
        }
    }

    private void Run()
    {
        // Its copies wait for the import's other threads, as they do (BackgroundPriority).
        BackgroundPriority.Lower();
        while (true)
        {
            bool restarted;
            lock (_gate)
            {
                while (_requested == 0 && !_stopping)
                    Monitor.Wait(_gate);
                if (_requested == 0)
                    return;
                _requested = 0;
                _running = true;
                restarted = _restartedSincePass;
                _restartedSincePass = false;
            }
            try
            {
                var started = Stopwatch.StartNew();
                var cpu = ThreadCpu.Now();
                var (_, _, checkpointed) = Checkpoint("PASSIVE");
                PassCpuSeconds.Add((ThreadCpu.Now() - cpu).TotalSeconds);
                var copied = Math.Max(restarted ? checkpointed : checkpointed - _copiedBefore, 0);
                _copiedBefore = Math.Max(checkpointed, 0);
                PassesRun++;
                Passes.Add(1);
                PagesCheckpointed += copied;
                PagesCopied.Add(copied);
                PassSeconds.Add(started.Elapsed.TotalSeconds);
            }
            catch (SqliteException e)
            {
                lock (_gate)
                    _failure ??= e;
            }
            finally
            {
                lock (_gate)
                {
                    _running = false;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }

    // PRAGMA wal_checkpoint's row: whether it could not finish (a reader or writer in the way),
    // the WAL's pages, and how many of them are now in the database file.
    private (bool Busy, long Log, long Copied) Checkpoint(string mode)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(" + mode + ")";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2));
    }

    // How long the final TRUNCATE waits for readers still on the WAL (it blocks writers meanwhile).
    private const int TruncateWaitMs = 250;

    /// <summary>
    /// Stops the thread once its pass is done, then empties the WAL: a PASSIVE pass copies what
    /// is left, then a TRUNCATE checkpoint waits up to <see cref="TruncateWaitMs"/> for readers
    /// still on the WAL and cuts the file to nothing. When readers hold it longer, the WAL stays
    /// as it is, copied, and the next write starts it over.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stopping = true;
            Monitor.PulseAll(_gate);
        }
        var final = Stopwatch.StartNew();
        _thread.Join();
        try
        {
            if (_failure is null)
            {
                // Everything copied first, waiting for no one; then the cut, which needs every
                // reader off the WAL and holds the write lock while it waits for them: a web
                // host's writers wait at most this long, and a busy WAL is only left as it is.
                Checkpoint("PASSIVE");
                using (var shortWait = _connection.CreateCommand())
                {
                    shortWait.CommandText = "PRAGMA busy_timeout = " + TruncateWaitMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    shortWait.ExecuteNonQuery();
                }
                Checkpoint("TRUNCATE");
            }
        }
        catch (SqliteException)
        {
            // The WAL stays as the passes left it, committed and readable: the next connection's
            // checkpoint copies it.
        }
        finally
        {
            _connection.Dispose();
            FinalSeconds.Add(final.Elapsed.TotalSeconds);
        }
    }
}
