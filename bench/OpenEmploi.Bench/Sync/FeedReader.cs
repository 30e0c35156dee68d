using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace OpenEmploi.Bench.Sync;

/// <summary>What the client side of one streamed response measured.</summary>
internal sealed record StreamRun(long Lines, long WireBytes, TimeSpan FirstByte, TimeSpan Elapsed, string LastLine)
{
    public double LinesPerSecond => Lines / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double WireMiBPerSecond => WireBytes / 1024.0 / 1024.0 / Math.Max(Elapsed.TotalSeconds, 1e-9);
}

/// <summary>
/// Reads a feed response as fast as a client can: counts lines in the raw bytes (decompressed when
/// gzip) without parsing them, so that what is measured is the server's streaming, not JSON parsing.
/// </summary>
internal static class FeedReader
{
    public static async Task<StreamRun> ReadAsync(HttpClient http, Uri url, string token, bool gzip, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (gzip)
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{url} : {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        await using var raw = await response.Content.ReadAsStreamAsync(ct);
        var counted = new CountingStream(raw);
        await using var body = gzip ? new GZipStream(counted, CompressionMode.Decompress) : (Stream)counted;
        var buffer = new byte[1 << 16];
        long lines = 0;
        TimeSpan firstByte = default;
        var tail = new List<byte>(4096);
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (firstByte == default)
                firstByte = Stopwatch.GetElapsedTime(started);
            var span = buffer.AsSpan(0, read);
            lines += span.Count((byte)'\n');
            // The last 4 KB seen hold the "fin" line, checked below: the response was whole.
            tail.AddRange(span[Math.Max(0, read - 4096)..]);
            if (tail.Count > 8192)
                tail.RemoveRange(0, tail.Count - 4096);
        }
        var text = System.Text.Encoding.UTF8.GetString([.. tail]).TrimEnd('\n');
        var last = text[(text.LastIndexOf('\n') + 1)..];
        using (var fin = JsonDocument.Parse(last))
        {
            if (!fin.RootElement.TryGetProperty("fin", out _))
                throw new InvalidOperationException($"{url} : réponse sans ligne fin");
        }
        return new StreamRun(lines, counted.Bytes, firstByte, Stopwatch.GetElapsedTime(started), last);
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long Bytes { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            Bytes += read;
            return read;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            Bytes += read;
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
