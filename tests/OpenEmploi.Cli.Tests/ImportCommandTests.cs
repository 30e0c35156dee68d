using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Cli.Tests;

public sealed class ImportCommandTests(TestStores stores) : IClassFixture<TestStores>
{
    private const string Feed =
        "id;titre;description;entreprise;code_postal;ville;contrat;duree_travail;salaire\n"
        + "A1;Boulanger H/F;Boulangerie artisanale du centre-ville, nous recherchons un boulanger pour la fabrication du pain au levain et des viennoiseries.;"
        + "Boulangerie Martin;69003;Lyon;CDI;35H;2 000 € brut mensuel\n"
        + "A2;Cuisinier H/F;Restaurant traditionnel, vous préparez les entrées, plats et desserts du service du midi.;Le Bistrot;33000;Bordeaux;CDD 6 mois;35H;1 900 € brut mensuel\n"
        + "A3;Serveur H/F\n";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Import_writes_a_report_line_per_record_and_a_summary(StoreKind kind)
    {
        var store = (await stores.CreateMigratedLocationAsync(kind)).Setting;
        var folder = Directory.CreateTempSubdirectory("openemploi-import").FullName;
        var feed = Path.Combine(folder, "flux.csv");
        var report = Path.Combine(folder, "rapport.jsonl");
        await File.WriteAllTextAsync(feed, Feed);

        var add = await CliRun.InvokeAsync("sources", "add", "JOBSREGION", "--name", "JobsRégion", "--consent", "--store", store);
        var run = await CliRun.InvokeAsync("import", feed, "--source", "JOBSREGION", "--report", report, "--store", store);

        Assert.Equal(0, add.ExitCode);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("erreurs de lecture", run.Output, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(report);
        Assert.Equal(3, lines.Length);
        var decisions = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("decision").GetString()).ToList();
        Assert.Equal("error", decisions[2]);
        Assert.All(decisions.Take(2), d => Assert.Contains(d, new[] { "publish", "warn" }));
        var show = await CliRun.InvokeAsync("sources", "show", "JOBSREGION", "--store", store);
        Assert.Contains("completed", show.Output, StringComparison.Ordinal);
        var list = await CliRun.InvokeAsync("sources", "list", "--json", "--store", store);
        Assert.Contains("\"consent\": true", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_from_an_unknown_source_is_a_user_error()
    {
        var store = (await stores.CreateMigratedLocationAsync(StoreKind.Sqlite)).Setting;
        var feed = Path.Combine(Directory.CreateTempSubdirectory("openemploi-import").FullName, "flux.csv");
        await File.WriteAllTextAsync(feed, Feed);

        var run = await CliRun.InvokeAsync("import", feed, "--source", "INCONNUE", "--store", store);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Source inconnue", run.Output, StringComparison.Ordinal);
    }
}
