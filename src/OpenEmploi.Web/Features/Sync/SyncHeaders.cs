using System.Globalization;

namespace OpenEmploi.Web.Features.Sync;

/// <summary>
/// The validators of a sync response. Its content is a function of the URL and the change log's
/// last sequence, so the sequence is the entity tag (weak: gzip and identity bodies share it).
/// </summary>
internal static class SyncHeaders
{
    public const string Sequence = "X-Sync-Sequence";

    public static string ETagOf(long sequence) => string.Create(CultureInfo.InvariantCulture, $"W/\"{sequence}\"");

    public static void Set(HttpResponse response, long sequence)
    {
        response.Headers.ETag = ETagOf(sequence);
        response.Headers.Vary = "Accept-Encoding";
        response.Headers.CacheControl = "private, no-cache";
        response.Headers[Sequence] = sequence.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>True when If-None-Match names the current tag (weak comparison, as RFC 9110 wants for it).</summary>
    public static bool NotModified(HttpRequest request, long sequence)
    {
        var current = ETagOf(sequence);
        foreach (var header in request.Headers.IfNoneMatch)
        {
            foreach (var tag in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (tag == "*" || string.Equals(Weak(tag), current, StringComparison.Ordinal))
                    return true;
            }
        }
        return false;
    }

    private static string Weak(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag : "W/" + tag;
}
