namespace OpenEmploi.Ingestion.Feeds.Json;

/// <summary>
/// The part of a byte stream being parsed: consumed bytes are dropped at each refill, so the
/// window grows only to the largest single record, never with the feed. Counts lines as the
/// consumed position moves forward, for error messages.
/// </summary>
internal sealed class ByteWindow(Stream stream, int maxBytes)
{
    private byte[] _buffer = new byte[1 << 16];
    private long _line = 1;
    private int _lineAt;

    /// <summary>First byte not consumed yet.</summary>
    public int Start { get; set; }

    public int End { get; private set; }

    public bool Eof { get; private set; }

    public ReadOnlySpan<byte> Pending => _buffer.AsSpan(Start, End - Start);

    public byte this[int offset] => _buffer[offset];

    public ReadOnlyMemory<byte> Slice(int offset, int length) => _buffer.AsMemory(offset, length);

    /// <summary>Reads more, keeping the unconsumed bytes; false when they fill <c>maxBytes</c> already.</summary>
    public async ValueTask<bool> FillAsync(CancellationToken ct)
    {
        if (Eof)
            return true;
        if (Start > 0)
        {
            LineAt(Math.Max(Start, _lineAt));
            Buffer.BlockCopy(_buffer, Start, _buffer, 0, End - Start);
            End -= Start;
            _lineAt -= Start;
            Start = 0;
        }
        if (End == _buffer.Length)
        {
            if (_buffer.Length >= maxBytes)
                return false;
            Array.Resize(ref _buffer, Math.Min(maxBytes, _buffer.Length * 2));
        }
        var read = await stream.ReadAsync(_buffer.AsMemory(End), ct).ConfigureAwait(false);
        if (read == 0)
            Eof = true;
        End += read;
        return true;
    }

    /// <summary>Marks the first bytes as already read (a byte order mark) without counting them.</summary>
    public void SkipPrefix(int length)
    {
        Start = length;
        _lineAt = length;
    }

    /// <summary>The line of the byte at <paramref name="offset"/>; asked-for offsets only move forward.</summary>
    public long LineAt(int offset)
    {
        if (offset > _lineAt)
        {
            _line += _buffer.AsSpan(_lineAt, offset - _lineAt).Count((byte)'\n');
            _lineAt = offset;
        }
        return _line;
    }

    /// <summary>The line of the last byte that is not white space, once the whole feed is read.</summary>
    public long LastLine()
    {
        var last = End;
        while (last > _lineAt && IsSpace(_buffer[last - 1]))
            last--;
        return _line + _buffer.AsSpan(_lineAt, Math.Max(0, last - _lineAt)).Count((byte)'\n');
    }

    public void SkipSpaces()
    {
        while (Start < End && IsSpace(_buffer[Start]))
            Start++;
    }

    public static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
}
