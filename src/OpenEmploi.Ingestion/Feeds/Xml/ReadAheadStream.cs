namespace OpenEmploi.Ingestion.Feeds.Xml;

/// <summary>
/// A forward-only stream that an async caller fills ahead (<see cref="FillAsync"/>, between
/// records) and a synchronous parser reads from memory: <see cref="System.Xml.XmlReader"/>'s
/// synchronous reading costs a fraction of its async one (a state machine and a task per node,
/// about half of reading an XML feed), but must not block a thread on a network feed. With
/// <see cref="Ahead"/> bytes buffered before each record, a record smaller than that is parsed
/// without touching the source; only a larger one makes the parser read it synchronously.
/// </summary>
internal sealed class ReadAheadStream(Stream source) : Stream
{
    /// <summary>Bytes kept buffered ahead of the parser, when the source has them.</summary>
    public const int Ahead = 1 << 20;

    private readonly byte[] _buffer = new byte[2 * Ahead];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Reads from the source until <see cref="Ahead"/> bytes are buffered or it ends; at once when half are.</summary>
    public async ValueTask FillAsync(CancellationToken ct)
    {
        if (_eof || _end - _start >= Ahead / 2)
            return;
        // Consumed bytes are dropped: at most once per half megabyte read.
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
        _end -= _start;
        _start = 0;
        while (_end < Ahead && !_eof)
        {
            var read = await source.ReadAsync(_buffer.AsMemory(_end), ct).ConfigureAwait(false);
            if (read == 0)
                _eof = true;
            _end += read;
        }
    }

    public override int Read(Span<byte> buffer)
    {
        if (_start == _end)
            return _eof ? 0 : source.Read(buffer);    // a record larger than Ahead: read through
        var count = Math.Min(buffer.Length, _end - _start);
        _buffer.AsSpan(_start, count).CopyTo(buffer);
        _start += count;
        return count;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_start == _end && !_eof)
            await FillAsync(cancellationToken).ConfigureAwait(false);
        return Read(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
