using System.Net;

namespace OpenEmploi.Web.Tests.Sync.Mirror;

/// <summary>
/// Sits between the mirror and the platform to hurt it: kills the run (cancels it, as a crash or
/// Ctrl-C would) after a given number of feed lines, answers some calls 503 or 429, cuts some
/// bodies short. Counts token requests.
/// </summary>
internal sealed class FaultyHandler : DelegatingHandler
{
    private int _calls;
    private int _tokens;
    private long _lines;

    public FaultyHandler()
        : base(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.GZip })
    {
    }

    private CancellationTokenSource? _kill;
    private long _killAfter = long.MaxValue;

    /// <summary>Feed calls (1-based) answered 503.</summary>
    public HashSet<int> Unavailable { get; } = [];

    /// <summary>Feed calls (1-based) answered 429 with Retry-After: 1.</summary>
    public HashSet<int> OverQuota { get; } = [];

    /// <summary>Feed calls (1-based) whose body stops after its first line, as a dropped connection.</summary>
    public HashSet<int> Cut { get; } = [];

    public int FeedCalls => _calls;

    /// <summary>Cancels <paramref name="kill"/> when the <paramref name="lines"/>th feed line from now is read.</summary>
    public void KillAfter(long lines, CancellationTokenSource kill)
    {
        Interlocked.Exchange(ref _lines, 0);
        _killAfter = lines;
        _kill = kill;
    }

    public void Spare() => _kill = null;

    public int TokenRequests => _tokens;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri!.AbsolutePath.Contains("access_token", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _tokens);
            return await base.SendAsync(request, cancellationToken);
        }
        var call = Interlocked.Increment(ref _calls);
        if (Unavailable.Contains(call))
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("en maintenance") };
        if (OverQuota.Contains(call))
        {
            var tooMany = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("Quota dépassé") };
            tooMany.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
            return tooMany;
        }
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
            return response;
        var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var wrapped = new StreamContent(new LineCountingStream(body, this, Cut.Contains(call)));
        foreach (var header in response.Content.Headers)
            wrapped.Headers.TryAddWithoutValidation(header.Key, header.Value);
        response.Content = wrapped;
        return response;
    }

    /// <summary>Counts the lines read; kills the run at the chosen one, or ends the body after the first (a cut).</summary>
    private sealed class LineCountingStream(Stream inner, FaultyHandler owner, bool cut) : Stream
    {
        private bool _firstLineDone;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (cut && _firstLineDone)
                throw new IOException("connexion coupée (test)");
            var read = await inner.ReadAsync(buffer, cancellationToken);
            var span = buffer.Span[..read];
            for (var i = 0; i < span.Length; i++)
            {
                if (span[i] != (byte)'\n')
                    continue;
                _firstLineDone = true;
                if (Interlocked.Increment(ref owner._lines) >= owner._killAfter && owner._kill is { } kill)
                {
                    await kill.CancelAsync();
                    throw new OperationCanceledException("tué (test)", kill.Token);
                }
                if (cut)
                    return i + 1;
            }
            return read;
        }

        public override int Read(byte[] buffer, int offset, int count) =>
            ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
