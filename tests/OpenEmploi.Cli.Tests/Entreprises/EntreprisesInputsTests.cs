using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Cli.Tests.Entreprises;

/// <summary>The finder's commands read the establishments and hires the statistics hold in the base.</summary>
public sealed class EntreprisesInputsTests(TestStores stores) : IClassFixture<TestStores>
{
    [Fact]
    public async Task The_backtest_reads_the_bases_generated_establishments_and_hires()
    {
        var location = await stores.CreateLocationAsync(StoreKind.Sqlite);
        await CliRun.InvokeAsync("migrate", "--store", location.Setting);
        var generated = await CliRun.InvokeAsync("stats", "generate", "--scale", "0.0005", "--years", "2020-2026", "--store", location.Setting);
        Assert.Equal(0, generated.ExitCode);

        var backtest = await CliRun.InvokeAsync("entreprises", "backtest", "--store", location.Setting);

        // The clock says 2026-11-28: T is November, hires are seen until April and compared with May–October.
        Assert.Matches(@"Backtest\s*:\s*[1-9][\d\s ,.]* établissements, embauches vues jusqu'à 2026-04", backtest.Output);
        Assert.Contains("Modèle retenu", backtest.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_statistical_inputs_the_backtest_says_what_to_import()
    {
        var location = await stores.CreateLocationAsync(StoreKind.Sqlite);
        await CliRun.InvokeAsync("migrate", "--store", location.Setting);

        var backtest = await CliRun.InvokeAsync("entreprises", "backtest", "--store", location.Setting);

        Assert.NotEqual(0, backtest.ExitCode);
        Assert.Contains("Aucun établissement en activité le 2026-05-01", backtest.Output, StringComparison.Ordinal);
        Assert.Contains("openemploi stats generate", backtest.Output, StringComparison.Ordinal);
    }
}
