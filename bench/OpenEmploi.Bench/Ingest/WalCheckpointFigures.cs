using System.Diagnostics.Metrics;
using System.Globalization;

namespace OpenEmploi.Bench.Ingest;

/// <summary>
/// What the SQLite import writer's checkpointer did during one import, from the metrics it
/// publishes (meter <c>OpenEmploi.Storage.Sqlite</c>): the pages the writer's commits appended to
/// the WAL, passes, pages copied and their time, the
/// writer's waits (the WAL at its bound), the largest WAL after a commit.
/// </summary>
internal sealed class WalCheckpointFigures : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _passes;
    private long _pages;
    private long _written;
    private double _passSeconds;
    private double _waitSeconds;
    private double _passCpu;
    private double _finalSeconds;
    private double _writerCpu;
    private double _writerQueued;
    private long _waits;
    private int _maxWal;
    private long _commits;

    public WalCheckpointFigures()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "OpenEmploi.Storage.Sqlite")
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name.EndsWith("wal_checkpoints", StringComparison.Ordinal))
                Interlocked.Add(ref _passes, value);
            else if (instrument.Name.EndsWith("wal_written_pages", StringComparison.Ordinal))
                Interlocked.Add(ref _written, value);
            else
                Interlocked.Add(ref _pages, value);
        });
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            lock (_listener)
            {
                switch (instrument.Name)
                {
                    case "openemploi.sqlite.wal_writer_wait":
                        _waitSeconds += value;
                        _waits++;
                        break;
                    case "openemploi.sqlite.wal_checkpoint_cpu":
                        _passCpu += value;
                        break;
                    case "openemploi.sqlite.wal_final_checkpoint_time":
                        _finalSeconds += value;
                        break;
                    case "openemploi.sqlite.writer_cpu":
                        _writerCpu += value;
                        break;
                    case "openemploi.sqlite.writer_queued":
                        _writerQueued += value;
                        break;
                    default:
                        _passSeconds += value;
                        break;
                }
            }
        });
        _listener.SetMeasurementEventCallback<int>((_, value, _, _) =>
        {
            lock (_listener)
            {
                _maxWal = Math.Max(_maxWal, value);
                _commits++;
            }
        });
        _listener.Start();
    }

    public override string ToString() => _commits == 0 ? "no WAL figures (not SQLite)" : string.Create(CultureInfo.InvariantCulture,
        $"the writer's thread used {_writerCpu:F1} s of CPU in its transactions (and waited {_writerQueued:F1} s for a core); "
        + $"its commits appended {_written:N0} pages to the WAL; WAL checkpoints beside the writer: {_passes:N0} passes copied {_pages:N0} pages in {_passSeconds:F1} s ({_passCpu:F1} s of their thread's CPU), the last one at the writer's close {_finalSeconds:F1} s; the writer waited {_waits:N0} times, {_waitSeconds:F1} s; "
        + $"largest WAL after a commit {_maxWal:N0} pages ({_commits:N0} commits)");

    public void Dispose() => _listener.Dispose();
}
