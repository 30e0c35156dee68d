using OpenEmploi.Storage;
using OpenEmploi.Storage.Statistics;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Cli.Tests.Statistics;

public sealed class StatsInputCommandsTests(TestStores stores) : IClassFixture<TestStores>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Stats_generate_fills_every_input_table_and_a_second_run_replaces_them(StoreKind kind)
    {
        var location = await stores.CreateLocationAsync(kind);
        await CliRun.InvokeAsync("migrate", "--store", location.Setting);

        var run = await CliRun.InvokeAsync("stats", "generate", "--scale", "0.0002", "--years", "2025-2026", "--store", location.Setting);
        var again = await CliRun.InvokeAsync("stats", "generate", "--scale", "0.0002", "--years", "2025-2026", "--store", location.Setting);

        Assert.Equal(0, run.ExitCode);
        // The clock says 2026-11-28: data stop at the end of October.
        Assert.Contains("du 2025-01-01 au 2026-10-31", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        await using var inputs = StatisticsInputStoreFactory.Open(location);
        var counts = await inputs.CountAsync();
        Assert.True(counts.Episodes > 1_000 && counts.Establishments > 100 && counts.Headcounts > 0 && counts.Hires > 0 && counts.Projects > 0 && counts.Offers > 100);
        Assert.Contains(counts.Hires.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), again.Output, StringComparison.Ordinal);
        Assert.Empty(await inputs.ReadRegisteredOffersAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31)).ToListAsync());
    }

    [Fact]
    public async Task Stats_import_reports_each_refused_record_and_imports_the_others()
    {
        var location = await stores.CreateLocationAsync(StoreKind.Sqlite);
        var file = Path.Combine(Path.GetTempPath(), $"effectifs-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "siret;annee;effectif\n80000000200019;2025;4\n8000000020001;2025;4\n80000000200019;2024;-3\n12345678900011;2024;410\n");
        try
        {
            var run = await CliRun.InvokeAsync("stats", "import", "effectifs", file, "--store", location.Setting);
            var unknown = await CliRun.InvokeAsync("stats", "import", "salaires", file, "--store", location.Setting);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("ligne 3, colonne « siret » : valeur « 8000000020001 » refusée (attendu 14 chiffres)", run.Output, StringComparison.Ordinal);
            Assert.Contains("ligne 4, colonne « effectif » : valeur « -3 » refusée", run.Output, StringComparison.Ordinal);
            Assert.Matches(@"ajoutées\s*│\s*2", run.Output);
            Assert.Matches(@"refusées\s*│\s*2", run.Output);
            Assert.NotEqual(0, unknown.ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
