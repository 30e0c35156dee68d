using System.Text;

namespace OpenEmploi.Bench.Http.OpenLoop;

/// <summary>
/// The GET requests of the query mix as the bytes sent on the wire, built once so that sending one
/// costs a socket write and nothing else. No Accept-Encoding: the responses come uncompressed, as
/// wrk's do, and the generator only has to find where each ends.
/// </summary>
internal static class RequestBytes
{
    public static byte[][] Build(IReadOnlyList<string> paths, Uri server, string token)
    {
        var host = server.Authority;
        var requests = new byte[paths.Count][];
        for (var i = 0; i < paths.Count; i++)
        {
            var text = $"GET {paths[i]} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\nAccept: application/json\r\n\r\n";
            // The paths are URL-escaped and the token is base64url: anything else is a bug upstream.
            if (!Ascii.IsValid(text))
                throw new ArgumentException($"Requête non ASCII : GET {paths[i]}", nameof(paths));
            requests[i] = Encoding.ASCII.GetBytes(text);
        }
        return requests;
    }
}
