using OpenEmploi.Core.Statistics;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Statistics;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Cli.Tests.Statistics;

public sealed class StatsComputeCommandTests(TestStores stores) : IClassFixture<TestStores>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Stats_compute_prints_each_step_and_a_second_run_stores_the_same_cells(StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);
        var generated = await CliRun.InvokeAsync("stats", "generate", "--scale", "0.0002", "--years", "2025-2026", "--store", location.Setting);
        Assert.Equal(0, generated.ExitCode);

        var first = await CliRun.InvokeAsync("stats", "compute", "--quarter", "2026T3", "--store", location.Setting);
        var firstCells = await StoredAsync(location, "2026T3");
        var second = await CliRun.InvokeAsync("stats", "compute", "--quarter", "2026t3", "--store", location.Setting);
        var secondCells = await StoredAsync(location, "2026T3");

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Equal(0, second.ExitCode);
        // One line per step: rows read, cells and relations, the suppression's passes, the cells stored.
        foreach (var step in new[]
        {
            "2026T3 : calcul…", "épisodes de demandeurs d'emploi lus", "offres lues", "lignes d'embauches lues", "relations additives",
            "secret secondaire, relations une à une", "par secret secondaire", "cellules enregistrées dont",
        })
        {
            Assert.Contains(step, first.Output, StringComparison.Ordinal);
        }
        Assert.Matches(@"2026T3 : [\d,.\u202f\u00a0 ]+ cellules publiées dont [\d,.\u202f\u00a0 ]+ masquées", first.Output);
        Assert.True(firstCells.Count > 1_000, $"{firstCells.Count} cellules");
        Assert.Contains(firstCells, c => c.Mask == MaskReason.Secondary);
        Assert.Contains(firstCells, c => !c.IsMasked);
        Assert.Equal(firstCells, secondCells);
        await using var published = PublishedStatisticsStoreFactory.Open(location);
        Assert.Equal(["2026T3"], (await published.GetComputedPeriodsAsync()).Select(p => p.Code));
    }

    [Fact]
    public async Task Stats_compute_refuses_a_malformed_quarter_and_a_quarter_the_inputs_do_not_reach_and_keeps_what_was_published()
    {
        var location = await stores.CreateMigratedLocationAsync(StoreKind.Sqlite);
        Assert.Equal(0, (await CliRun.InvokeAsync("stats", "generate", "--scale", "0.0002", "--years", "2025-2026", "--store", location.Setting)).ExitCode);
        Assert.Equal(0, (await CliRun.InvokeAsync("stats", "compute", "--quarter", "2026T3", "--store", location.Setting)).ExitCode);
        var before = await StoredAsync(location, "2026T3");

        var fifth = await CliRun.InvokeAsync("stats", "compute", "--quarter", "2026T5", "--store", location.Setting);
        var year = await CliRun.InvokeAsync("stats", "compute", "--quarter", "2026", "--store", location.Setting);
        var nothing = await CliRun.InvokeAsync("stats", "compute", "--store", location.Setting);
        // The generated inputs stop at the end of October 2026 (the clock's last finished month).
        var future = await CliRun.InvokeAsync("stats", "compute", "--quarter", "2027T1", "--store", location.Setting);

        Assert.Equal(1, fifth.ExitCode);
        Assert.Contains("Période « 2026T5 » non reconnue : attendu un trimestre (ex. 2026T3)", fifth.Output, StringComparison.Ordinal);
        Assert.Equal(1, year.ExitCode);
        Assert.Contains("--quarter attend un trimestre comme 2026T3 (reçu « 2026 »)", year.Output, StringComparison.Ordinal);
        Assert.Equal(1, nothing.ExitCode);
        Assert.Contains("Indiquez --quarter", nothing.Output, StringComparison.Ordinal);
        Assert.Equal(1, future.ExitCode);
        Assert.Contains("Aucune donnée statistique pour 2027T1 : ni inscription de demandeur d'emploi, ni offre, ni embauche entre le 2027-01-01 et le 2027-03-31",
            future.Output, StringComparison.Ordinal);
        Assert.Empty(await StoredAsync(location, "2027T1"));
        Assert.Equal(before, await StoredAsync(location, "2026T3"));
        await using var published = PublishedStatisticsStoreFactory.Open(location);
        Assert.Equal(["2026T3"], (await published.GetComputedPeriodsAsync()).Select(p => p.Code));
    }

    [Fact]
    public async Task Stats_compute_refuses_inputs_whose_load_stopped_midway_and_computes_again_after_a_new_load()
    {
        var location = await stores.CreateMigratedLocationAsync(StoreKind.Sqlite);
        Assert.Equal(0, (await CliRun.InvokeAsync("stats", "generate", "--scale", "0.0002", "--years", "2025-2026", "--store", location.Setting)).ExitCode);
        Assert.Equal(0, (await CliRun.InvokeAsync("stats", "compute", "--quarter", "2026T3", "--store", location.Setting)).ExitCode);
        var before = await StoredAsync(location, "2026T3");
        await using (var inputs = StatisticsInputStoreFactory.Open(location, batchSize: 10))
        {
            // A load that dies in the middle of the hires: job seekers and establishments are
            // reloaded, the hires of 2026T3 are missing, the projects and offers empty.
            var whole = new InMemoryStatisticsInputs();
            whole.Episodes.AddRange(await inputs.ReadJobSeekerEpisodesAsync(new DateOnly(2000, 1, 1), new DateOnly(2030, 1, 1)).ToListAsync());
            whole.Hires.AddRange(await inputs.ReadHiresAsync(new DateOnly(2000, 1, 1), new DateOnly(2030, 1, 1)).ToListAsync());
            var broken = new StatisticsInputStreams(whole.Episodes, [], [], HalfThenFail(whole.Hires), [], []);
            await Assert.ThrowsAsync<IOException>(() => inputs.ReplaceAllAsync(broken));
        }

        var refused = await CliRun.InvokeAsync("stats", "compute", "--quarter", "2026T3", "--store", location.Setting);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Les données d'entrée des statistiques sont incomplètes", refused.Output, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(location, "2026T3"));
        Assert.Equal(0, (await CliRun.InvokeAsync("stats", "generate", "--scale", "0.0002", "--years", "2025-2026", "--store", location.Setting)).ExitCode);
        Assert.Equal(0, (await CliRun.InvokeAsync("stats", "compute", "--quarter", "2026T3", "--store", location.Setting)).ExitCode);
        Assert.Equal(before, await StoredAsync(location, "2026T3"));
    }

    private static IEnumerable<MonthlyHires> HalfThenFail(List<MonthlyHires> hires)
    {
        foreach (var row in hires.Take(hires.Count / 2))
            yield return row;
        throw new IOException("génération interrompue");
    }

    /// <summary>Every stored cell of a quarter, for each indicator, in the store's order.</summary>
    private static async Task<List<PublishedCell>> StoredAsync(StoreLocation location, string quarter)
    {
        await using var published = PublishedStatisticsStoreFactory.Open(location);
        var cells = new List<PublishedCell>();
        foreach (var indicator in new[] { "DE_1", "DE_5", "DE_SORT", "DE_TXSORT", "OFF_1", "EMB_1" })
            cells.AddRange(await published.ReadAsync(new PublishedCellQuery(indicator, PeriodKind: PeriodKind.Quarter, PeriodCodes: [quarter])).ToListAsync());
        return cells;
    }
}
