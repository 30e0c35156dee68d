using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Auth;

public sealed class ApiAccessTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>
{
    private const string Search = "/partenaire/offresdemploi/v2/offres/search?range=0-0";

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-token")]
    [InlineData("Bearer oe1.AAAA.BBBB")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task A_missing_or_invalid_token_is_an_empty_401_asking_for_a_bearer_token(string? authorization)
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        using var request = new HttpRequestMessage(HttpMethod.Get, Search);
        if (authorization is not null)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await platform.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var (clientId, _) = await platform.CreateApplicationAsync();
        // A token signed with the platform's key, issued 1500 s ago: its 1499 s are over.
        var past = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddSeconds(-1500));
        var expired = new AccessTokenCodec(platform.Services.GetRequiredService<TokenSigningKey>(), past)
            .Issue(clientId, ApiPlatform.OffresScopes);

        using var response = await new ApiCaller(platform.Client, clientId, expired).GetAsync(Search);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_token_without_both_offers_scopes_is_an_empty_403(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (clientId, secret) = await platform.CreateApplicationAsync([ApiScopes.OffresV2, ApiScopes.O2dsOffre, ApiScopes.Sync]);
        var syncOnly = new ApiCaller(platform.Client, clientId, await platform.GetTokenAsync(clientId, secret, "api_offresdemploisyncv1"));
        var halfOffers = new ApiCaller(platform.Client, clientId, await platform.GetTokenAsync(clientId, secret, "api_offresdemploiv2"));

        foreach (var caller in new[] { syncOnly, halfOffers })
        {
            using var response = await caller.GetAsync(Search);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_suspended_application_is_refused_with_403_then_served_again_once_reinstated(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await platform.NewCallerAsync();
        using (var before = await caller.GetAsync(Search))
            Assert.True(before.IsSuccessStatusCode);

        await platform.Applications.SetStatusAsync(caller.ClientId, ApplicationStatus.Suspended);
        await EventuallyStatusAsync(caller, HttpStatusCode.Forbidden);

        await platform.Applications.SetStatusAsync(caller.ClientId, ApplicationStatus.Active);
        await EventuallyStatusAsync(caller, HttpStatusCode.PartialContent);
    }

    [Fact]
    public async Task A_suspended_application_cannot_get_a_token()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var (clientId, secret) = await platform.CreateApplicationAsync();
        await platform.Applications.SetStatusAsync(clientId, ApplicationStatus.Suspended);

        using var response = await platform.RequestTokenAsync(clientId, secret, "api_offresdemploiv2 o2dsoffre");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"unauthorized_client\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Tokens_are_valid_on_another_node_of_the_same_store(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await platform.NewCallerAsync();
        var location = platform.Services.GetRequiredService<StoreLocation>();

        await using var secondNode = await RunningPlatform.StartAsync(location.Setting, demoOffers: 0);
        using var response = await new ApiCaller(secondNode.Client, caller.ClientId, caller.Token).GetAsync(Search);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
    }

    private static async Task EventuallyStatusAsync(ApiCaller caller, HttpStatusCode expected)
    {
        var last = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var response = await caller.GetAsync(Search);
            last = response.StatusCode;
            if (last == expected)
                return;
            await Task.Delay(100);
        }
        Assert.Equal(expected, last);
    }
}
