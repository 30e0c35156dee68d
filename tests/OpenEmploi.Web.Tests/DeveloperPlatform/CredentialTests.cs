using System.Net;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

public sealed class CredentialTests(DeveloperPlatformFixture fixture) : IClassFixture<DeveloperPlatformFixture>
{
    private const string Scope = "api_offresdemploiv2 o2dsoffre";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task After_a_rotation_the_old_secret_works_within_the_overlap_window_and_not_after(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (reuser, requestId, clientId, oldSecret) = await platform.ApprovedApplicationAsync("Rotation");
        using var _ = reuser;

        var rotated = await reuser.ApplicationActionAsync(requestId, "Renouveler");
        var (sameClient, newSecret) = Journeys.ShownCredentials(rotated);
        Assert.Equal(clientId, sameClient);
        Assert.NotEqual(oldSecret, newSecret);
        Assert.Contains("L'ancien secret reste accepté jusqu'au", rotated, StringComparison.Ordinal);
        Assert.Equal("secret_renouvele", (await platform.LastMessageAsync(reuser.Email!)).Kind);

        platform.Clock.Advance(TimeSpan.FromHours(23));
        using (var old = await platform.Api.RequestTokenAsync(clientId, oldSecret, Scope))
            Assert.Equal(HttpStatusCode.OK, old.StatusCode);

        platform.Clock.Advance(TimeSpan.FromHours(1));
        using (var expired = await platform.Api.RequestTokenAsync(clientId, oldSecret, Scope))
        {
            Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
            Assert.Contains("\"invalid_client\"", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using var current = await platform.Api.RequestTokenAsync(clientId, newSecret, Scope);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_revoked_application_gets_no_token_and_its_tokens_are_refused(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (reuser, requestId, clientId, secret) = await platform.ApprovedApplicationAsync("Révocation");
        using var _ = reuser;
        var caller = new ApiCaller(platform.Api.Client, clientId, await platform.Api.GetTokenAsync(clientId, secret));
        using (var before = await caller.SearchAsync("range=0-0"))
            Assert.True(before.IsSuccessStatusCode);

        var unconfirmed = await reuser.ApplicationActionAsync(requestId, "Revoquer");
        Assert.Contains("Cochez la case de confirmation", unconfirmed, StringComparison.Ordinal);
        using (var stillThere = await caller.SearchAsync("range=0-0"))
            Assert.True(stillThere.IsSuccessStatusCode);

        var revoked = await reuser.ApplicationActionAsync(requestId, "Revoquer", new() { ["confirme"] = "true" });
        Assert.Contains("Les identifiants sont révoqués", revoked, StringComparison.Ordinal);
        Assert.Equal("application_revoquee", (await platform.LastMessageAsync(reuser.Email!)).Kind);

        using (var call = await caller.SearchAsync("range=0-0"))
            Assert.Equal(HttpStatusCode.Forbidden, call.StatusCode);
        using (var token = await platform.Api.RequestTokenAsync(clientId, secret, Scope))
        {
            Assert.Equal(HttpStatusCode.BadRequest, token.StatusCode);
            Assert.Contains("\"invalid_client\"", await token.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        // Final: no new secret for a revoked application.
        Assert.Contains("Les identifiants de cette application sont révoqués", await reuser.ApplicationActionAsync(requestId, "Renouveler"), StringComparison.Ordinal);
    }
}
