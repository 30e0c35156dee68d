using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace OpenEmploi.Bench.Http.OpenLoop;

/// <summary>
/// One keep-alive connection of the pool: takes the oldest due request off the queue whenever it is
/// free, sends it, reads the response, and records the latency from the request's intended time
/// (so the time it waited for this connection, or for a server that stalled, counts). Its tallies
/// are its own (no sharing between connections) and are read once the run is over.
/// </summary>
internal sealed class ConnectionWorker(IPEndPoint server, byte[][] requests, InFlightGauge inFlight) : IDisposable
{
    private readonly HttpResponseReader _reader = new();
    private LoadSchedule _schedule;
    private NetworkStream? _stream;

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

    public async Task ConnectAsync(CancellationToken ct)
    {
        var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(server, ct);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        _stream = new NetworkStream(socket, ownsSocket: true);
        _reader.Reset();
    }

    /// <summary>Serves the queue until it is completed and empty, or <paramref name="ct"/> fires (the drain deadline).</summary>
    public async Task RunAsync(ChannelReader<ScheduledRequest> queue, LoadSchedule schedule, CancellationToken ct)
    {
        _schedule = schedule;
        try
        {
            while (await queue.WaitToReadAsync(ct))
            {
                while (queue.TryRead(out var request))
                    await SendAsync(request, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The deadline: what is still queued or in flight is reported unanswered.
        }
        finally
        {
            Close();
        }
    }

    private async Task SendAsync(ScheduledRequest request, CancellationToken ct)
    {
        var measured = _schedule.IsMeasured(request.Index);
        var start = Stopwatch.GetTimestamp();
        if (measured)
            StartLag.Record(Microseconds(request.Intended, start));
        if (_schedule.InMeasuredWindow(start))
            SentInWindow++;
        inFlight.Enter();
        try
        {
            if (_stream is null)
                await ConnectAsync(ct);
            await _stream!.WriteAsync(requests[request.Index % requests.Length], ct);
            var response = await _reader.ReadAsync(_stream, ct);
            var end = Stopwatch.GetTimestamp();
            if (_schedule.InMeasuredWindow(end))
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
        catch (Exception e) when (e is IOException or SocketException or InvalidDataException)
        {
            // The next request opens a new connection (its latency then includes the connect).
            Close();
            if (measured)
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

    public void Dispose() => Close();

    private void Close()
    {
        _stream?.Dispose();
        _stream = null;
    }

    private static long Microseconds(long from, long to) =>
        Math.Max(0, Stopwatch.GetElapsedTime(from, to).Ticks / TimeSpan.TicksPerMicrosecond);
}

/// <summary>Requests being sent or awaiting their response, across the pool, and the most at once.</summary>
internal sealed class InFlightGauge
{
    private int _current;
    private int _peak;

    public int Peak => Volatile.Read(ref _peak);

    public void Enter()
    {
        var now = Interlocked.Increment(ref _current);
        int peak;
        while (now > (peak = Volatile.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, peak) != peak)
        {
        }
    }

    public void Leave() => Interlocked.Decrement(ref _current);
}
