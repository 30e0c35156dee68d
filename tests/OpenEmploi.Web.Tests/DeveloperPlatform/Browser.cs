using System.Net;
using System.Text.RegularExpressions;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

/// <summary>
/// A person's browser: its own cookies, forms posted as a browser posts them (the antiforgery
/// token taken from the page first), redirects not followed so tests can check them.
/// </summary>
public sealed partial class Browser : IDisposable
{
    private readonly HttpClient _client;
    private readonly CookieContainer _cookies;

    public Browser(Uri root)
        : this(root, new CookieContainer())
    {
    }

    private Browser(Uri root, CookieContainer cookies)
    {
        _cookies = cookies;
        _client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = root };
    }

    /// <summary>The same browser (same cookies) reaching another node, as behind a load balancer.</summary>
    public Browser OnNode(Uri root) => new(root, _cookies) { Email = Email };

    public string? Email { get; private set; }

    /// <summary>The raw client, for requests a browser would not make (a form without its token).</summary>
    public HttpClient Client => _client;

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery) => _client.GetAsync(new Uri(pathAndQuery, UriKind.Relative));

    public async Task<string> GetHtmlAsync(string pathAndQuery)
    {
        using var response = await GetAsync(pathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens <paramref name="page"/> for its antiforgery token, then posts the form to <paramref name="action"/> (the page itself by default).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, Dictionary<string, string> fields, string? action = null, IEnumerable<KeyValuePair<string, string>>? repeated = null)
    {
        var html = await GetHtmlAsync(page);
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"Pas de jeton antifalsification sur {page}.");
        var form = fields.ToList();
        form.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        if (repeated is not null)
            form.AddRange(repeated);
        return await _client.PostAsync(new Uri(action ?? page, UriKind.Relative), new FormUrlEncodedContent(form));
    }

    public async Task<string> SubmitForHtmlAsync(string page, Dictionary<string, string> fields, string? action = null)
    {
        using var response = await SubmitAsync(page, fields, action);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password, bool expectSuccess = false)
    {
        var response = await SubmitAsync("/compte/connexion", new() { ["Email"] = email, ["Password"] = password });
        if (expectSuccess)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Email = email;
        }
        return response;
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
