using System.Buffers;

namespace OpenEmploi.Ingestion.Feeds;

/// <summary>
/// Bytes written in chunks: writers serialise offers into this buffer and hand it to the stream
/// every 64 KB, so that writing a feed costs neither one syscall per offer nor the whole feed in memory.
/// </summary>
internal sealed class FeedOutput(Stream stream)
{
    private const int ChunkSize = 1 << 16;

    public ArrayBufferWriter<byte> Buffer { get; } = new(ChunkSize * 2);

    public void Write(ReadOnlySpan<byte> bytes) => Buffer.Write(bytes);

    public async ValueTask FlushIfFullAsync(CancellationToken ct)
    {
        if (Buffer.WrittenCount >= ChunkSize)
            await FlushAsync(ct).ConfigureAwait(false);
    }

    public async ValueTask FlushAsync(CancellationToken ct)
    {
        await stream.WriteAsync(Buffer.WrittenMemory, ct).ConfigureAwait(false);
        Buffer.ResetWrittenCount();
        await stream.FlushAsync(ct).ConfigureAwait(false);
    }
}
