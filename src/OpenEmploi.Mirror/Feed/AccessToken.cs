using System.Net;
using System.Text.Json;

namespace OpenEmploi.Mirror.Feed;

/// <summary>
/// The OAuth2 client-credentials token of the sync scope, asked at the platform's token endpoint
/// (realm /partenaire) and renewed a minute before it expires, or at once when a call says 401.
/// </summary>
internal sealed class AccessToken(HttpClient http, Uri source, string clientId, string clientSecret, TimeProvider time)
{
    public const string Scope = "api_offresdemploisyncv1";

    // Renewing early means a long snapshot never starts with a token about to lapse.
    private static readonly TimeSpan RenewBefore = TimeSpan.FromSeconds(60);

    private string? _token;
    private DateTimeOffset _expiresAt;

    public async Task<string> GetAsync(CancellationToken ct)
    {
        if (_token is null || time.GetUtcNow() >= _expiresAt - RenewBefore)
            await RequestAsync(ct);
        return _token!;
    }

    /// <summary>The platform refused the token (401): the next call asks a new one.</summary>
    public void Invalidate() => _token = null;

    private async Task RequestAsync(CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["scope"] = Scope,
        });
        var asked = time.GetUtcNow();
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(new Uri(source, "connexion/oauth2/access_token?realm=/partenaire"), form, ct);
        }
        catch (HttpRequestException error)
        {
            throw new TransientFeedException($"{source} injoignable : {error.Message}", error);
        }
        catch (TaskCanceledException error) when (!ct.IsCancellationRequested)
        {
            throw new TransientFeedException($"{source} ne répond pas (délai dépassé).", error);
        }
        using var _ = response;
        var body = await response.Content.ReadAsStringAsync(ct);
        if (FeedResponses.IsTransient(response.StatusCode))
            throw new TransientFeedException($"Point d'accès des jetons : {(int)response.StatusCode} {response.ReasonPhrase}.", FeedResponses.RetryAfter(response));
        if (response.StatusCode != HttpStatusCode.OK)
            throw new FeedRefusedException($"Jeton refusé par {source} ({(int)response.StatusCode}) : {Describe(body)}. Vérifiez --client-id, --client-secret et que l'application a le scope {Scope}.");
        using var json = JsonDocument.Parse(body);
        _token = json.RootElement.GetProperty("access_token").GetString()
            ?? throw new FeedRefusedException("Réponse du point d'accès des jetons sans access_token : " + body);
        _expiresAt = asked.AddSeconds(json.RootElement.GetProperty("expires_in").GetInt32());
    }

    private static string Describe(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("error_description", out var description) ? description.GetString() ?? body : body;
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
