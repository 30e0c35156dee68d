using System.Net;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Auth;

public sealed class QuotaTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>
{
    private const string Referentiel = "/partenaire/offresdemploi/v2/referentiel/typesContrats";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Calls_beyond_the_burst_get_a_plain_429_with_retry_after_and_every_response_reports_the_quota(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await platform.NewCallerAsync(perSecond: 1, burst: 3);

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
            responses.Add(await caller.GetAsync(Referentiel));

        try
        {
            Assert.All(responses.Take(3), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            Assert.Equal(["2", "1", "0"], responses.Take(3).Select(r => Header(r, "X-Ratelimit-Remaining-Clientidlimiter")));
            foreach (var response in responses)
            {
                Assert.Equal("3", Header(response, "X-Ratelimit-Burst-Capacity-Clientidlimiter"));
                Assert.Equal("1", Header(response, "X-Ratelimit-Replenish-Rate-Clientidlimiter"));
                Assert.Equal("1", Header(response, "X-Ratelimit-Requested-Tokens-Clientidlimiter"));
            }
            var refused = responses[3];
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal("text/plain", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        }
        finally
        {
            foreach (var response in responses)
                response.Dispose();
        }
    }

    [Fact]
    public async Task The_bucket_refills_at_the_applications_rate()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var caller = await platform.NewCallerAsync(perSecond: 5, burst: 1);
        using (var first = await caller.GetAsync(Referentiel))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        await Task.Delay(TimeSpan.FromMilliseconds(400)); // 5 per second: one call back after 200 ms

        using var second = await caller.GetAsync(Referentiel);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task A_new_quota_set_for_the_application_applies_without_a_new_token()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var caller = await platform.NewCallerAsync(perSecond: 10, burst: 10);

        await platform.Applications.SetQuotaAsync(caller.ClientId, 50, 60);

        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var response = await caller.GetAsync(Referentiel);
            if (Header(response, "X-Ratelimit-Burst-Capacity-Clientidlimiter") == "60")
            {
                Assert.Equal("50", Header(response, "X-Ratelimit-Replenish-Rate-Clientidlimiter"));
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("the new quota was not applied within 5 s");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;
}
