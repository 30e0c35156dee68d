using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Web.Tests.Hosting;

/// <summary>
/// One running platform per store kind for a whole test class, started on first use with a
/// generated base. Tests never share state through it: each creates its own application.
/// </summary>
public sealed class ApiPlatformFixture : IAsyncLifetime, IDisposable
{
    public const int DemoOffers = 2_000;

    private readonly TestStores _stores = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<StoreKind, RunningPlatform> _platforms = [];

    public async Task<ApiPlatform> StartAsync(StoreKind kind)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_platforms.TryGetValue(kind, out var platform))
            {
                var location = await _stores.CreateMigratedLocationAsync(kind);
                platform = await RunningPlatform.StartAsync(
                    location.Setting, DemoOffers,
                    // Suspensions and quota changes reach the node within a second in tests (30 s in production).
                    "--OpenEmploi:Api:ApplicationCacheDuration=00:00:01",
                    // A third of the descriptions end with their recruiter's e-mail, phone or site, as
                    // real postings do: no response may carry them (NoEmployerContactTests).
                    "--OpenEmploi:DemoData:ContactShare=0.35");
                _platforms[kind] = platform;
            }
            return new ApiPlatform(platform);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => _stores.InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var platform in _platforms.Values)
            await platform.DisposeAsync();
        await _stores.DisposeAsync();
    }

    public void Dispose() => _gate.Dispose();
}

/// <summary>Intent methods over a running platform: create an application, get a token, call the API.</summary>
public sealed class ApiPlatform(RunningPlatform platform)
{
    public static readonly string[] OffresScopes = [ApiScopes.OffresV2, ApiScopes.O2dsOffre];

    public HttpClient Client => platform.Client;

    public IServiceProvider Services => platform.Services;

    public IApplicationStore Applications => Services.GetRequiredService<IApplicationStore>();

    public IOffreStore Offres => Services.GetRequiredService<IOffreStore>();

    /// <summary>A new active application; a generous quota unless a test is about quotas.</summary>
    public async Task<(string ClientId, string Secret)> CreateApplicationAsync(
        IReadOnlyList<string>? scopes = null, int perSecond = 10_000, int burst = 10_000, string name = "test")
    {
        var clientId = ClientCredentials.NewClientId(name);
        var secret = ClientCredentials.NewSecret();
        var now = TimeProvider.System.GetUtcNow();
        await Applications.CreateAsync(new ApiApplication(
            clientId, name, ClientCredentials.HashSecret(secret), scopes ?? OffresScopes,
            ApplicationStatus.Active, perSecond, burst, now, now));
        return (clientId, secret);
    }

    public Task<HttpResponseMessage> RequestTokenAsync(string clientId, string secret, string scope, string path = "/connexion/oauth2/access_token?realm=/partenaire") =>
        Client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        }));

    public async Task<string> GetTokenAsync(string clientId, string secret, string scope = "api_offresdemploiv2 o2dsoffre")
    {
        using var response = await RequestTokenAsync(clientId, secret, scope);
        response.EnsureSuccessStatusCode();
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>An application with the offers API's scopes and a token for it.</summary>
    public async Task<ApiCaller> NewCallerAsync(int perSecond = 10_000, int burst = 10_000)
    {
        var (clientId, secret) = await CreateApplicationAsync(perSecond: perSecond, burst: burst);
        return new ApiCaller(Client, clientId, await GetTokenAsync(clientId, secret));
    }
}

/// <summary>An application calling the API with its bearer token.</summary>
public sealed class ApiCaller(HttpClient client, string clientId, string token)
{
    public HttpClient Client => client;

    public string ClientId => clientId;

    public string Token => token;

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathAndQuery, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery) { Content = content };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    public Task<HttpResponseMessage> SearchAsync(string query = "") =>
        GetAsync("/partenaire/offresdemploi/v2/offres/search" + (query.Length == 0 ? "" : "?" + query));
}
