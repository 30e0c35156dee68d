using System.Buffers;
using System.IO.Compression;
using System.Text.Json;
using OpenEmploi.Web.Features.OffresApi;

namespace OpenEmploi.Web.Features.Sync;

/// <summary>
/// Writes a response as JSON lines, gzip-compressed when the client accepts it, in chunks of about
/// 64 KB: whatever the size of the base, the node holds one chunk per response.
/// </summary>
internal sealed class JsonLinesWriter : IAsyncDisposable
{
    public const string ContentType = "application/x-ndjson; charset=utf-8";
    private const int ChunkBytes = 64 * 1024;

    private readonly HttpResponse _response;
    private readonly GZipStream? _gzip;
    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(ChunkBytes * 2);

    private JsonLinesWriter(HttpResponse response, bool gzip)
    {
        _response = response;
        _gzip = gzip ? new GZipStream(response.Body, CompressionLevel.Fastest, leaveOpen: true) : null;
        _output = (Stream?)_gzip ?? response.Body;
        Json = new Utf8JsonWriter(_buffer, PublishedOffreWriter.WriterOptions);
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Sets the status and content headers; the body follows line by line.</summary>
    public static JsonLinesWriter Start(HttpContext context)
    {
        var response = context.Response;
        var gzip = AcceptsGzip(context.Request);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        if (gzip)
            response.Headers.ContentEncoding = "gzip";
        return new JsonLinesWriter(response, gzip);
    }

    public static bool AcceptsGzip(HttpRequest request)
    {
        foreach (var value in request.GetTypedHeaders().AcceptEncoding)
        {
            if (string.Equals(value.Value.Value, "gzip", StringComparison.OrdinalIgnoreCase) && value.Quality is not 0)
                return true;
        }
        return false;
    }

    /// <summary>Ends the value just written with a new line; sends a chunk when one is full.</summary>
    public async ValueTask EndLineAsync(CancellationToken ct)
    {
        Json.Flush();
        _buffer.Write("\n"u8);
        Json.Reset();
        if (_buffer.WrittenCount >= ChunkBytes)
            await SendAsync(ct);
    }

    /// <summary>Sends what is left, and the gzip trailer (written when the gzip stream closes).</summary>
    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        await SendAsync(ct);
        if (_gzip is not null)
            await _gzip.DisposeAsync();
        await _response.Body.FlushAsync(ct);
    }

    private async ValueTask SendAsync(CancellationToken ct)
    {
        if (_buffer.WrittenCount == 0)
            return;
        await _output.WriteAsync(_buffer.WrittenMemory, ct);
        _buffer.ResetWrittenCount();
    }

    public async ValueTask DisposeAsync()
    {
        await Json.DisposeAsync();
        if (_gzip is not null)
            await _gzip.DisposeAsync();
    }
}
