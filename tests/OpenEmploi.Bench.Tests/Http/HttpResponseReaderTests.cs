using System.Text;
using OpenEmploi.Bench.Http.OpenLoop;

namespace OpenEmploi.Bench.Tests.Http;

public class HttpResponseReaderTests
{
    // A body holding what would end a head or a chunk, to show bodies are skipped by length, not scanned.
    private const string Body = "{\"a\":\"x\r\n\r\n0\r\n\r\ny\"}";

    private static readonly string WithLength =
        $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\ncontent-length: {Body.Length}\r\nDate: Sun, 29 Nov 2026 04:00:00 GMT\r\n\r\n{Body}";

    // Chunk sizes in hex, one with an extension, and a trailer field after the last chunk.
    private static readonly string Chunked =
        "HTTP/1.1 206 Partial Content\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n"
        + $"{Body.Length:x}\r\n{Body}\r\n1A;name=value\r\n{new string('z', 26)}\r\n0\r\nX-Trailer: 1\r\n\r\n";

    private const string NoContent = "HTTP/1.1 204 No Content\r\nContent-Range: offres 0-19/0\r\n\r\n";

    private const string ClosingError = "HTTP/1.1 400 Bad Request\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";

    [Fact]
    public void A_body_with_a_content_length_is_skipped_by_its_length()
    {
        var response = new HttpResponseReader().Read(ScriptedStream.Split(Bytes(WithLength)));
        Assert.Equal(new HttpResponseHead(200, Body.Length, KeepAlive: true), response);
    }

    [Fact]
    public void A_chunked_body_is_read_to_its_last_chunk_and_trailers()
    {
        var stream = ScriptedStream.Split(Bytes(Chunked + WithLength));
        var reader = new HttpResponseReader();
        Assert.Equal(new HttpResponseHead(206, Body.Length + 26, KeepAlive: true), reader.Read(stream));
        // The next response starts right after the trailers.
        Assert.Equal(new HttpResponseHead(200, Body.Length, KeepAlive: true), reader.Read(stream));
    }

    [Fact]
    public void Responses_cut_anywhere_across_reads_read_the_same()
    {
        var bytes = Bytes(Chunked + NoContent + WithLength);
        for (var cut = 1; cut < bytes.Length; cut++)
        {
            var stream = ScriptedStream.Split(bytes, cut);
            var reader = new HttpResponseReader();
            Assert.Equal(206, (reader.Read(stream)).Status);
            Assert.Equal(new HttpResponseHead(204, 0, KeepAlive: true), reader.Read(stream));
            Assert.Equal(new HttpResponseHead(200, Body.Length, KeepAlive: true), reader.Read(stream));
        }
    }

    [Fact]
    public void Responses_arriving_a_byte_at_a_time_through_a_tiny_buffer_read_the_same()
    {
        var bytes = Bytes(WithLength + Chunked);
        var stream = ScriptedStream.Split(bytes, [.. Enumerable.Range(1, bytes.Length - 1)]);
        // 8 bytes: the buffer grows to hold a head, and bodies pass through it.
        var reader = new HttpResponseReader(bufferBytes: 8);
        Assert.Equal(new HttpResponseHead(200, Body.Length, KeepAlive: true), reader.Read(stream));
        Assert.Equal(new HttpResponseHead(206, Body.Length + 26, KeepAlive: true), reader.Read(stream));
        Assert.Equal(bytes.Length, stream.Reads);
    }

    [Fact]
    public void Keep_alive_responses_arriving_in_one_read_are_read_one_by_one_until_the_server_closes()
    {
        var stream = ScriptedStream.Split(Bytes(WithLength + NoContent + Chunked + ClosingError));
        var reader = new HttpResponseReader();
        Assert.Equal(new HttpResponseHead(200, Body.Length, KeepAlive: true), reader.Read(stream));
        Assert.Equal(new HttpResponseHead(204, 0, KeepAlive: true), reader.Read(stream));
        Assert.Equal(new HttpResponseHead(206, Body.Length + 26, KeepAlive: true), reader.Read(stream));
        Assert.Equal(new HttpResponseHead(400, 2, KeepAlive: false), reader.Read(stream));
        Assert.Equal(1, stream.Reads);
    }

    [Fact]
    public void A_body_without_length_or_chunks_runs_to_the_end_of_the_stream()
    {
        var stream = ScriptedStream.Split(Bytes("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nabcdef"), 40);
        Assert.Equal(new HttpResponseHead(200, 6, KeepAlive: false), new HttpResponseReader().Read(stream));
    }

    [Fact]
    public void An_interim_response_is_passed_over()
    {
        var stream = ScriptedStream.Split(Bytes("HTTP/1.1 100 Continue\r\n\r\n" + WithLength));
        Assert.Equal(new HttpResponseHead(200, Body.Length, KeepAlive: true), new HttpResponseReader().Read(stream));
    }

    [Fact]
    public void Http_1_0_closes_unless_told_to_keep_alive()
    {
        var stream = ScriptedStream.Split(Bytes("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\nHTTP/1.0 200 OK\r\nContent-Length: 0\r\nConnection: Keep-Alive\r\n\r\n"));
        var reader = new HttpResponseReader();
        Assert.False((reader.Read(stream)).KeepAlive);
        Assert.True((reader.Read(stream)).KeepAlive);
    }

    [Theory]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Len")]
    public void A_connection_closed_mid_response_is_an_error(string truncated)
    {
        Assert.Throws<EndOfStreamException>(() => new HttpResponseReader().Read(ScriptedStream.Split(Bytes(truncated))));
    }

    [Theory]
    [InlineData("HTP/1.1 200 OK\r\n\r\n")]
    [InlineData("HTTP/1.1 2x0 OK\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: many\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")]
    public void An_unreadable_response_is_an_error(string response)
    {
        Assert.Throws<InvalidDataException>(() => new HttpResponseReader().Read(ScriptedStream.Split(Bytes(response))));
    }

    private static byte[] Bytes(string text) => Encoding.ASCII.GetBytes(text);
}
