using System.Net;
using System.Text.Json;

namespace OpenEmploi.Mirror.Feed;

/// <summary>How the mirror reads the platform's statuses: which to retry, which to stop on, and what they say.</summary>
internal static class FeedResponses
{
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    /// <summary>Retry-After as seconds or as a date; null when absent.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - (response.Headers.Date ?? date),
        _ => null,
    };

    /// <summary>Throws the exception a non-200, non-304 response calls for, with the platform's message.</summary>
    public static async Task ThrowAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var detail = await DetailAsync(response, ct);
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}";
        if (response.StatusCode == HttpStatusCode.Gone)
            throw new CursorExpiredException(detail);
        if (IsTransient(response.StatusCode))
            throw new TransientFeedException($"{status} : {detail}", RetryAfter(response));
        throw new FeedRefusedException($"{response.RequestMessage?.RequestUri} : {status} : {detail}");
    }

    /// <summary>The "detail" of a ProblemDetails body, else the body itself (a 429's text), shortened.</summary>
    private static async Task<string> DetailAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("detail", out var detail))
                return detail.GetString() ?? body;
        }
        catch (JsonException)
        {
        }
        return body.Length > 500 ? body[..500] + "…" : body;
    }
}
