using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Web.Tests.Hosting;

public sealed class DemoApplicationTests(TestStores stores) : IClassFixture<TestStores>
{
    // The demo's statistics register is another test's concern (DemoStatisticsTests): generating
    // it at the default scale would only slow these starts down.
    private const string NoStatistics = "--OpenEmploi:DemoData:StatisticsScale=0";

    [Fact]
    public async Task In_development_the_first_run_creates_one_demo_application_whose_credentials_work()
    {
        var location = await stores.CreateMigratedLocationAsync(StoreKind.Sqlite);
        await using (var first = await RunningPlatform.StartAsync(location.Setting, 50, "--environment=Development", NoStatistics))
        {
            var application = Assert.Single(await first.Services.GetRequiredService<IApplicationStore>().ListAsync());
            Assert.Equal(ApiScopes.Known.Order(), application.Scopes.Order());
        }
        await using var second = await RunningPlatform.StartAsync(location.Setting, 50, "--environment=Development", NoStatistics);
        var applications = second.Services.GetRequiredService<IApplicationStore>();
        var demo = Assert.Single(await applications.ListAsync());

        // The printed secret is kept in the development base's metadata: it must be the right one.
        var saved = await second.Services.GetRequiredService<IOffreStore>().GetMetadataAsync("demo.application");
        using var json = System.Text.Json.JsonDocument.Parse(saved!);
        Assert.Equal(demo.ClientId, json.RootElement.GetProperty("ClientId").GetString());
        Assert.True(ClientCredentials.VerifySecret(json.RootElement.GetProperty("Secret").GetString()!, demo.SecretHash));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Outside_development_nothing_is_created_implicitly(StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);
        await using var platform = await RunningPlatform.StartAsync(location.Setting, 50);

        Assert.Empty(await platform.Services.GetRequiredService<IApplicationStore>().ListAsync());
    }
}
