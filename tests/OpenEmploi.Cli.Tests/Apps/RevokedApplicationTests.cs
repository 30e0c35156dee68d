using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Cli.Tests.Apps;

public sealed class RevokedApplicationTests(TestStores stores) : IClassFixture<TestStores>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_revoked_application_is_listed_as_such_and_activate_does_not_bring_it_back(StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);
        var created = await CliRun.InvokeAsync("apps", "create", "--name", "Ancienne", "--scopes", "o2dsoffre", "--json", "--store", location.Setting);
        var clientId = JsonDocument.Parse(created.Output).RootElement.GetProperty("clientId").GetString()!;
        await using (var developers = DeveloperStore.Open(location, new FakeTimeProvider(CliRun.Now)))
            Assert.True(await developers.Credentials.RevokeAsync(clientId, []));

        var list = await CliRun.InvokeAsync("apps", "list", "--store", location.Setting);
        var json = await CliRun.InvokeAsync("apps", "list", "--json", "--store", location.Setting);
        var activate = await CliRun.InvokeAsync("apps", "activate", clientId, "--store", location.Setting);

        Assert.Contains($"{clientId}  « Ancienne »  révoquée", list.Output, StringComparison.Ordinal);
        Assert.Equal("revoked", JsonDocument.Parse(json.Output).RootElement[0].GetProperty("status").GetString());
        Assert.Equal(1, activate.ExitCode);
        Assert.Contains("la révocation est définitive", activate.Output, StringComparison.Ordinal);
    }
}
