using System.Net;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Auth;

public sealed class TokenEndpointTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Client_credentials_give_a_bearer_token_of_1499_seconds_that_caches_must_not_keep(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (clientId, secret) = await platform.CreateApplicationAsync();

        using var response = await platform.RequestTokenAsync(clientId, secret, "o2dsoffre api_offresdemploiv2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("no-cache", response.Headers.Pragma.ToString(), StringComparison.Ordinal);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal(1499, root.GetProperty("expires_in").GetInt32());
        Assert.Equal("Bearer", root.GetProperty("token_type").GetString());
        Assert.Equal(["api_offresdemploiv2", "o2dsoffre"], root.GetProperty("scope").GetString()!.Split(' ').Order());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("access_token").GetString()));
    }

    [Theory]
    [InlineData("/connexion/oauth2/access_token?realm=/partenaire")]
    [InlineData("/connexion/oauth2/access_token?realm=%2Fpartenaire")]
    [InlineData("/connexion/oauth2/access_token?realm=%252Fpartenaire")]
    [InlineData("/oauth2/token")]
    public async Task The_token_endpoint_answers_on_every_documented_path(string path)
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var (clientId, secret) = await platform.CreateApplicationAsync();

        using var response = await platform.RequestTokenAsync(clientId, secret, "api_offresdemploiv2 o2dsoffre", path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_scope_application_client_id_that_older_clients_add_is_accepted_and_ignored()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var (clientId, secret) = await platform.CreateApplicationAsync();

        using var response = await platform.RequestTokenAsync(clientId, secret, $"application_{clientId} api_offresdemploiv2 o2dsoffre");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("application_", body.RootElement.GetProperty("scope").GetString(), StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_wrong_secret_or_an_unknown_client_is_invalid_client(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (clientId, _) = await platform.CreateApplicationAsync();

        await AssertOAuthErrorAsync(await platform.RequestTokenAsync(clientId, "not-the-secret", "api_offresdemploiv2"),
            """{"error":"invalid_client","error_description":"Client authentication failed"}""");
        await AssertOAuthErrorAsync(await platform.RequestTokenAsync("PAR_inconnu_0000", "secret", "api_offresdemploiv2"),
            """{"error":"invalid_client","error_description":"Client authentication failed"}""");
    }

    [Fact]
    public async Task A_scope_the_application_was_not_granted_is_invalid_scope_naming_it()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var (clientId, secret) = await platform.CreateApplicationAsync();

        await AssertOAuthErrorAsync(await platform.RequestTokenAsync(clientId, secret, "api_offresdemploiv2 api_xxx"),
            """{"error":"invalid_scope","error_description":"Unknown/invalid scope(s): [api_xxx]"}""");
        // Granted to other applications, not to this one.
        await AssertOAuthErrorAsync(await platform.RequestTokenAsync(clientId, secret, "api_offresdemploisyncv1"),
            """{"error":"invalid_scope","error_description":"Unknown/invalid scope(s): [api_offresdemploisyncv1]"}""");
    }

    [Fact]
    public async Task Another_grant_type_is_unsupported_and_a_missing_field_is_an_invalid_request()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var (clientId, secret) = await platform.CreateApplicationAsync();

        using var password = await platform.Client.PostAsync("/connexion/oauth2/access_token?realm=/partenaire", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        await AssertOAuthErrorAsync(password, """{"error":"unsupported_grant_type","error_description":"Grant type is not supported: password"}""");

        using var missing = await platform.Client.PostAsync("/connexion/oauth2/access_token?realm=/partenaire", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId,
        }));
        await AssertOAuthErrorAsync(missing, """{"error":"invalid_request","error_description":"Missing parameter: client_secret"}""");

        using var json = await platform.Client.PostAsync("/oauth2/token", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("\"invalid_request\"", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HTTP_Basic_client_authentication_is_accepted_too()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var (clientId, secret) = await platform.CreateApplicationAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth2/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "api_offresdemploiv2 o2dsoffre" }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(clientId + ":" + secret)));

        using var response = await platform.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertOAuthErrorAsync(HttpResponseMessage response, string expectedBody)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(expectedBody, await response.Content.ReadAsStringAsync());
        }
    }
}
