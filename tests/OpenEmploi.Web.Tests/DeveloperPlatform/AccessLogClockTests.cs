using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

/// <summary>
/// The access log is timed on the developer platform's clock: idle termination, the usage chart and
/// the audit export compare call times with that clock, so a call made after the clock moved is
/// logged at the moved time, not at the host's.
/// </summary>
public sealed class AccessLogClockTests(DeveloperPlatformFixture fixture) : IClassFixture<DeveloperPlatformFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task An_api_call_is_logged_at_the_developer_platforms_time(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (reuser, _, clientId, secret) = await platform.ApprovedApplicationAsync("Horloge");
        using var _1 = reuser;
        platform.Clock.Advance(TimeSpan.FromDays(40));
        var caller = new ApiCaller(platform.Api.Client, clientId, await platform.Api.GetTokenAsync(clientId, secret));

        using (var search = await caller.SearchAsync())
            Assert.True(search.IsSuccessStatusCode, search.StatusCode.ToString());

        var store = platform.Running.Services.GetRequiredService<IApplicationStore>();
        // The access log is written by a background writer, about once a second.
        for (var attempt = 0; attempt < 100 && await store.GetLastCallAsync(clientId) is null; attempt++)
            await Task.Delay(100);
        Assert.Equal(platform.Clock.GetUtcNow(), await store.GetLastCallAsync(clientId));
    }
}
