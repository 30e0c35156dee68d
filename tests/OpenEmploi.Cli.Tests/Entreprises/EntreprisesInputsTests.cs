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
        // The default years: job seekers for three years, hires for seven — enough for the backtest.
        var generated = await CliRun.InvokeAsync("stats", "generate", "--scale", "0.0005", "--store", location.Setting);
        Assert.Equal(0, generated.ExitCode);

        var backtest = await CliRun.InvokeAsync("entreprises", "backtest", "--store", location.Setting);

        // The clock says 2026-11-28: T is November, hires are seen until April and compared with May–October.
        Assert.Matches(@"Backtest\s*:\s*[1-9][\d\s ,.]* établissements, embauches vues jusqu'à 2026-04", backtest.Output);
        Assert.Contains("Poisson taille et historique", backtest.Output, StringComparison.Ordinal);
        Assert.Contains("Modèle retenu", backtest.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("trop court", backtest.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_history_too_short_for_the_models_is_refused_with_the_months_missing()
    {
        var location = await stores.CreateLocationAsync(StoreKind.Sqlite);
        await CliRun.InvokeAsync("migrate", "--store", location.Setting);
        var generated = await CliRun.InvokeAsync("stats", "generate", "--scale", "0.0005", "--years", "2025-2026", "--store", location.Setting);
        Assert.Equal(0, generated.ExitCode);

        // Hires from 2020-01; a backtest of T = 2025-05 reads from 2019-05: its first half-year is empty.
        var backtest = await CliRun.InvokeAsync("entreprises", "backtest", "--as-of", "2025-05", "--store", location.Setting);

        Assert.NotEqual(0, backtest.ExitCode);
        var output = System.Text.RegularExpressions.Regex.Replace(backtest.Output, @"\s+", " ");
        Assert.Contains("Historique d'embauches trop court", output, StringComparison.Ordinal);
        Assert.Contains("depuis 2019-05", output, StringComparison.Ordinal);
        Assert.Contains("aucune de 2019-05 à 2019-10", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Modèle retenu", output, StringComparison.Ordinal);
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
