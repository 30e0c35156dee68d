using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

public sealed class KeyRingTests(DeveloperPlatformFixture fixture) : IClassFixture<DeveloperPlatformFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_session_opened_on_one_node_is_valid_on_another_node_of_the_same_base_only(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var reuser = await platform.NewReuserAsync();
        var location = platform.Running.Services.GetRequiredService<StoreLocation>();
        Assert.NotEmpty(await platform.Running.Services.GetRequiredService<DeveloperStore>().KeyRing.ReadKeysAsync());

        await using var sameBase = await RunningPlatform.StartAsync(location.Setting, demoOffers: 0);
        using var onSameBase = reuser.OnNode(sameBase.Client.BaseAddress!);
        using (var page = await onSameBase.GetAsync("/developpeurs/applications"))
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // The keys come from the base, not from this machine: a platform on another base cannot read the cookie.
        await using var otherBase = await RunningPlatform.StartAsync((await fixture.CreateOtherStoreAsync(kind)).Setting, demoOffers: 0);
        using var onOtherBase = reuser.OnNode(otherBase.Client.BaseAddress!);
        using var refused = await onOtherBase.GetAsync("/developpeurs/applications");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/compte/connexion", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
