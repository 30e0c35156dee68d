using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpenEmploi.Bench.Http.OpenLoop;

/// <summary>
/// One keep-alive connection of the pool, on its own thread: takes the oldest due request off the
/// queue whenever it is free, sends it, reads the response, and records the latency from the
/// request's intended time (so the time it waited for this connection, or for a server that
/// stalled, counts). Blocking socket calls: the kernel wakes this thread when its bytes arrive,
/// with no event loop or thread-pool hop in between (a third of the CPU per request of a version on
/// async sockets, against a stub server). Its tallies are its own and read once the run is over.
/// </summary>
internal sealed class ConnectionWorker(IPEndPoint server, byte[][] requests, InFlightGauge inFlight) : IDisposable
{
    private readonly HttpResponseReader _reader = new();
    // Guards _stream between this connection's thread and Abort, called from another one.
    private readonly Lock _streamGate = new();
    private NetworkStream? _stream;
    private volatile bool _aborted;

    /// <summary>Measured requests: intended time to the last byte of the response, in µs.</summary>
    public LatencyHistogram Latency { get; } = new();

    /// <summary>Measured requests: intended time to the start of the send (the wait for a connection), in µs.</summary>
    public LatencyHistogram StartLag { get; } = new();

    public Dictionary<int, long> Statuses { get; } = [];

    /// <summary>Measured requests answered with a status outside 200–299.</summary>
    public long Non2xx { get; private set; }

    /// <summary>Measured requests lost to a connection error (refused, reset, closed mid-response, unreadable response).</summary>
    public long SocketErrors { get; private set; }

    public string? FirstError { get; private set; }

    public long BodyBytes { get; private set; }

    /// <summary>Sends started within the measured window, whichever request they carried.</summary>
    public long SentInWindow { get; private set; }

    /// <summary>Responses completed within the measured window, whichever request they answered.</summary>
    public long AnsweredInWindow { get; private set; }

    public NetworkStream Connect()
    {
        var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Connect(server);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        lock (_streamGate)
        {
            if (_aborted)
            {
                socket.Dispose();
                throw new OperationCanceledException("Connexion abandonnée : la mesure est finie.");
            }
            _stream = new NetworkStream(socket, ownsSocket: true);
        }
        _reader.Reset();
        return _stream;
    }

    /// <summary>Serves the queue until it is closed and empty, or the run is aborted.</summary>
    public void Run(RequestQueue queue, LoadSchedule schedule)
    {
        try
        {
            while (!_aborted && queue.TryTake(out var request))
                Send(request, schedule);
        }
        catch (OperationCanceledException) when (_aborted)
        {
            // Aborted while reconnecting: the request is reported unanswered.
        }
        finally
        {
            Close();
        }
    }

    /// <summary>
    /// The drain deadline (or Ctrl-C): closes the connection from another thread, so that a send or
    /// a receive blocked on a server that does not answer returns; its request is reported unanswered.
    /// </summary>
    public void Abort()
    {
        _aborted = true;
        Close();
    }

    public void Dispose() => Close();

    private void Send(ScheduledRequest request, LoadSchedule schedule)
    {
        var measured = schedule.IsMeasured(request.Index);
        var start = Stopwatch.GetTimestamp();
        if (measured)
            StartLag.Record(Microseconds(request.Intended, start));
        if (schedule.InMeasuredWindow(start))
            SentInWindow++;
        inFlight.Enter();
        try
        {
            // Read once: Abort may clear the field meanwhile (the stream, disposed, then throws).
            var stream = _stream ?? Connect();
            stream.Write(requests[request.Index % requests.Length]);
            var response = _reader.Read(stream);
            var end = Stopwatch.GetTimestamp();
            if (schedule.InMeasuredWindow(end))
                AnsweredInWindow++;
            if (!response.KeepAlive)
                Close();
            if (!measured)
                return;
            Latency.Record(Microseconds(request.Intended, end));
            BodyBytes += response.BodyBytes;
            Statuses[response.Status] = Statuses.GetValueOrDefault(response.Status) + 1;
            if (response.Status is < 200 or > 299)
                Non2xx++;
        }
        catch (Exception e) when (e is IOException or SocketException or InvalidDataException or ObjectDisposedException)
        {
            // The next request opens a new connection (its latency then includes the connect).
            Close();
            // Aborted: the request was cut short by the deadline, it is reported unanswered.
            if (measured && !_aborted)
            {
                SocketErrors++;
                FirstError ??= e.Message;
            }
        }
        finally
        {
            inFlight.Leave();
        }
    }

    private void Close()
    {
        lock (_streamGate)
        {
            _stream?.Dispose();
            _stream = null;
        }
    }

    private static long Microseconds(long from, long to) =>
        Math.Max(0, Stopwatch.GetElapsedTime(from, to).Ticks / TimeSpan.TicksPerMicrosecond);
}
