using System.Globalization;
using System.Text;

namespace OpenEmploi.Bench.Http.OpenLoop;

/// <summary>What the load generator keeps of a response: its status, body size and whether the connection stays open.</summary>
internal readonly record struct HttpResponseHead(int Status, long BodyBytes, bool KeepAlive);

/// <summary>
/// Reads HTTP/1.1 responses off one keep-alive connection, one after the other, just enough to know
/// where each ends: the status line, then the body skipped by Content-Length or by its chunks
/// (Kestrel sends the search's JSON, written straight into the response pipe, chunked), or up to
/// the end of the stream when it has neither. Bytes read past a response (the next one's) stay
/// buffered for the next call. Headers other than the framing ones are not looked at; no
/// Accept-Encoding is sent, so bodies are never compressed. Blocking reads: each connection of
/// the load generator has its own thread (see <see cref="ConnectionWorker"/>).
/// </summary>
internal sealed class HttpResponseReader(int bufferBytes = 64 * 1024)
{
    // A head (status line and headers) must fit in the buffer, grown up to this size.
    private const int MaxHeadBytes = 256 * 1024;
    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();

    private byte[] _buffer = new byte[bufferBytes];
    private int _start;
    private int _end;

    /// <summary>Forgets buffered bytes: the connection was replaced.</summary>
    public void Reset() => _start = _end = 0;

    public HttpResponseHead Read(Stream stream)
    {
        while (true)
        {
            var headLength = ReadUntil(stream, HeadEnd);
            var head = ParseHead(_buffer.AsSpan(_start, headLength));
            _start += headLength + 4;
            // An interim response (100 Continue) is followed by the real one.
            if (head.Status is >= 100 and < 200)
                continue;
            if (head.Status is 204 or 304)
                return new HttpResponseHead(head.Status, 0, head.KeepAlive);
            if (head.Chunked)
                return new HttpResponseHead(head.Status, SkipChunks(stream), head.KeepAlive);
            if (head.ContentLength is { } length)
            {
                Skip(stream, length);
                return new HttpResponseHead(head.Status, length, head.KeepAlive);
            }
            // Neither: the body is everything up to the end of the stream, which then closes.
            return new HttpResponseHead(head.Status, SkipToEnd(stream), KeepAlive: false);
        }
    }

    private long SkipChunks(Stream stream)
    {
        long total = 0;
        while (true)
        {
            var lineLength = ReadUntil(stream, LineEnd);
            var size = ChunkSize(_buffer.AsSpan(_start, lineLength));
            _start += lineLength + 2;
            if (size == 0)
            {
                // Trailer fields, if any, up to an empty line.
                while ((lineLength = ReadUntil(stream, LineEnd)) > 0)
                    _start += lineLength + 2;
                _start += 2;
                return total;
            }
            Skip(stream, size);
            total += size;
            if (ReadUntil(stream, LineEnd) != 0)
                throw new InvalidDataException("Morceau HTTP non suivi de CRLF.");
            _start += 2;
        }
    }

    private void Skip(Stream stream, long bytes)
    {
        while (bytes > 0)
        {
            if (_start == _end)
                Fill(stream);
            var taken = (int)Math.Min(bytes, _end - _start);
            _start += taken;
            bytes -= taken;
        }
    }

    private long SkipToEnd(Stream stream)
    {
        long total = _end - _start;
        Reset();
        int read;
        while ((read = stream.Read(_buffer)) > 0)
            total += read;
        return total;
    }

    /// <summary>Buffers bytes until <paramref name="delimiter"/> appears; returns its offset from the first unread byte.</summary>
    private int ReadUntil(Stream stream, byte[] delimiter)
    {
        int found;
        while ((found = _buffer.AsSpan(_start, _end - _start).IndexOf(delimiter)) < 0)
            Fill(stream);
        return found;
    }

    private void Fill(Stream stream)
    {
        if (_start == _end)
        {
            Reset();
        }
        else if (_end == _buffer.Length)
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            else if (_buffer.Length < MaxHeadBytes)
            {
                Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxHeadBytes));
            }
            else
            {
                throw new InvalidDataException($"En-tête HTTP de plus de {MaxHeadBytes} octets.");
            }
        }
        var read = stream.Read(_buffer.AsSpan(_end));
        if (read == 0)
            throw new EndOfStreamException("Connexion fermée par le serveur au milieu d'une réponse.");
        _end += read;
    }

    private readonly record struct Head(int Status, long? ContentLength, bool Chunked, bool KeepAlive);

    /// <summary>"HTTP/1.1 200 OK" and the header lines, without the blank line that ends them.</summary>
    private static Head ParseHead(ReadOnlySpan<byte> head)
    {
        var lineEnd = head.IndexOf("\r\n"u8);
        var statusLine = lineEnd < 0 ? head : head[..lineEnd];
        // "HTTP/1.x NNN": the version's minor digit, a space, three digits.
        if (statusLine.Length < 12 || !statusLine.StartsWith("HTTP/1."u8) || statusLine[8] != (byte)' '
            || !int.TryParse(statusLine.Slice(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var status))
            throw new InvalidDataException("Ligne d'état HTTP illisible : " + Encoding.ASCII.GetString(statusLine));
        // HTTP/1.1 keeps the connection unless told to close it; HTTP/1.0 closes it unless told to keep it.
        var keepAlive = statusLine[7] != (byte)'0';
        long? contentLength = null;
        var chunked = false;
        var rest = lineEnd < 0 ? [] : head[(lineEnd + 2)..];
        while (!rest.IsEmpty)
        {
            lineEnd = rest.IndexOf("\r\n"u8);
            var line = lineEnd < 0 ? rest : rest[..lineEnd];
            rest = lineEnd < 0 ? [] : rest[(lineEnd + 2)..];
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
                throw new InvalidDataException("En-tête HTTP illisible : " + Encoding.ASCII.GetString(line));
            var name = line[..colon];
            var value = line[(colon + 1)..].Trim((byte)' ');
            if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
            {
                if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
                    throw new InvalidDataException("Content-Length illisible : " + Encoding.ASCII.GetString(value));
                contentLength = length;
            }
            else if (Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8))
            {
                // Chunked is always the last coding applied when present.
                chunked = value.Length >= 7 && Ascii.EqualsIgnoreCase(value[^7..], "chunked"u8);
            }
            else if (Ascii.EqualsIgnoreCase(name, "Connection"u8))
            {
                if (HasToken(value, "close"u8))
                    keepAlive = false;
                else if (HasToken(value, "keep-alive"u8))
                    keepAlive = true;
            }
        }
        return new Head(status, contentLength, chunked, keepAlive);
    }

    /// <summary>Whether a comma-separated header value lists <paramref name="token"/> (any case).</summary>
    private static bool HasToken(ReadOnlySpan<byte> value, ReadOnlySpan<byte> token)
    {
        foreach (var range in value.Split((byte)','))
        {
            if (Ascii.EqualsIgnoreCase(value[range].Trim((byte)' '), token))
                return true;
        }
        return false;
    }

    /// <summary>"1f4" or "1f4;ext=…": the chunk's size in bytes.</summary>
    private static long ChunkSize(ReadOnlySpan<byte> line)
    {
        var semicolon = line.IndexOf((byte)';');
        var digits = (semicolon < 0 ? line : line[..semicolon]).Trim((byte)' ');
        if (!long.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            throw new InvalidDataException("Taille de morceau HTTP illisible : " + Encoding.ASCII.GetString(line));
        return size;
    }
}
