namespace OpenEmploi.Bench.Tests.Http;

/// <summary>A read-only stream that hands out its bytes in the given pieces, one piece (at most) per read, as a socket may.</summary>
internal sealed class ScriptedStream(IEnumerable<byte[]> pieces) : Stream
{
    private readonly Queue<byte[]> _pieces = new(pieces);
    private byte[] _current = [];
    private int _offset;

    public int Reads { get; private set; }

    /// <summary>The bytes cut at the given offsets.</summary>
    public static ScriptedStream Split(byte[] bytes, params int[] cuts)
    {
        var pieces = new List<byte[]>();
        var start = 0;
        foreach (var cut in cuts.Append(bytes.Length))
        {
            pieces.Add(bytes[start..cut]);
            start = cut;
        }
        return new ScriptedStream(pieces.Where(p => p.Length > 0));
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_offset == _current.Length)
        {
            if (!_pieces.TryDequeue(out var next))
                return 0;
            _current = next;
            _offset = 0;
        }
        Reads++;
        var length = Math.Min(buffer.Length, _current.Length - _offset);
        _current.AsSpan(_offset, length).CopyTo(buffer);
        _offset += length;
        return length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
