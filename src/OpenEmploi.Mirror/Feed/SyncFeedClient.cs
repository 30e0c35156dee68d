using System.Net;
using System.Net.Http.Headers;

namespace OpenEmploi.Mirror.Feed;

/// <summary>
/// The two calls of the sync feed (docs/sync-api.md), authenticated, with the mirror's filter.
/// Statuses other than 200 and 304 become the exceptions of <see cref="FeedResponses"/>.
/// </summary>
internal sealed class SyncFeedClient(HttpClient http, Uri source, AccessToken token, MirrorFilter filter)
{
    public const string Prefix = "partenaire/offresdemploi-sync/v1/";

    /// <summary>The whole snapshot, streamed. The caller disposes the response.</summary>
    public Task<HttpResponseMessage> SnapshotAsync(CancellationToken ct) =>
        SendAsync(Prefix + "snapshot" + (filter.QueryString.Length == 0 ? "" : "?" + filter.QueryString), etag: null, ct);

    /// <summary>The next page after <paramref name="cursor"/>; 304 (NotModified) when nothing was written since <paramref name="etag"/>.</summary>
    public Task<HttpResponseMessage> ChangesAsync(long cursor, int limit, string? etag, CancellationToken ct) =>
        SendAsync(FormattableString.Invariant($"{Prefix}changes?after={cursor}&limit={limit}")
            + (filter.QueryString.Length == 0 ? "" : "&" + filter.QueryString), etag, ct);

    private async Task<HttpResponseMessage> SendAsync(string pathAndQuery, string? etag, CancellationToken ct)
    {
        // A token may be refused once (the platform restarted with another key): renew it and ask again.
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(source, pathAndQuery));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token.GetAsync(ct));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            if (etag is not null)
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            }
            catch (HttpRequestException error)
            {
                throw new TransientFeedException($"{source} injoignable : {error.Message}", error);
            }
            catch (TaskCanceledException error) when (!ct.IsCancellationRequested)
            {
                throw new TransientFeedException($"{source} ne répond pas (délai dépassé).", error);
            }
            if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotModified)
                return response;
            using (response)
            {
                if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
                {
                    token.Invalidate();
                    continue;
                }
                await FeedResponses.ThrowAsync(response, ct);
            }
        }
    }
}
