using OpenEmploi.Ingestion.Pipeline;

namespace OpenEmploi.Ingestion.Feeds;

/// <summary>
/// Opens a feed from a file or a URL, forward only, and tells its format from its first bytes when
/// not given: what `openemploi import` and the web host's scheduled pulls both do.
/// </summary>
public static class FeedLocation
{
    private static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public static bool IsUrl(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The feed stream (a download is streamed, never buffered whole) and its format.</summary>
    /// <exception cref="IngestionException">Missing file, failed download, format not recognised: a French message.</exception>
    public static async Task<(Stream Feed, FeedFormat Format)> OpenAsync(string location, FeedFormat? format, CancellationToken ct = default)
    {
        Stream stream;
        if (IsUrl(location))
        {
            var response = await Http.GetAsync(new Uri(location), HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                response.Dispose();
                throw new IngestionException($"Le flux {location} répond {(int)response.StatusCode} {response.ReasonPhrase}.");
            }
            stream = await response.Content.ReadAsStreamAsync(ct);
        }
        else if (File.Exists(location))
        {
            stream = new FileStream(location, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        else
        {
            throw new IngestionException($"Fichier introuvable : {location}.");
        }
        if (format is { } given)
            return (stream, given);
        try
        {
            // Sniff the first bytes, then hand the reader those bytes followed by the rest of the stream.
            var head = new byte[FeedFormats.SniffLength];
            var read = 0;
            while (read < head.Length)
            {
                var n = await stream.ReadAsync(head.AsMemory(read), ct);
                if (n == 0)
                    break;
                read += n;
            }
            var name = IsUrl(location) ? new Uri(location).AbsolutePath : location;
            var detected = FeedFormats.Detect(name, head.AsSpan(0, read))
                ?? throw new IngestionException($"Format du flux {location} non reconnu : préciser le format (json, jsonld, xml ou csv).");
            return (new PrefixedStream(head.AsMemory(0, read), stream), detected);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>Bytes already read, then the rest of the stream.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefix.IsEmpty)
                return rest.Read(buffer);
            var n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer);
            _prefix = _prefix[n..];
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_prefix.IsEmpty)
                return await rest.ReadAsync(buffer, cancellationToken);
            return Read(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                rest.Dispose();
            base.Dispose(disposing);
        }
    }
}
