using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics;
using OpenEmploi.Statistics.Model;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.Statistics;

namespace OpenEmploi.Web.Tests.Statistics;

/// <summary>
/// The tables that had no file: the ABC outflow rate (DE_TXSORT), the recruitment projects
/// (BMO_1, with the EPCI's estimates labelled), and the sectors' employees, establishments and
/// five-year change (SECT_EFF, SECT_ETAB, SECT_EVOL5). Computed by the real engine from a small
/// register written by hand, stored in each store, then read back as the catalogue serves them.
/// </summary>
public sealed class SurveyAndSectorDownloadsTests(StatisticsDownloadsFixture fixture) : IClassFixture<StatisticsDownloadsFixture>
{
    private static readonly Lazy<ReferenceData> Data = new(ReferenceData.LoadDefault);

    /// <summary>
    /// The quarter 2026T3: 60 category-A job seekers in Lyon (69123) and 25 in Bourg-en-Bresse
    /// (01053), registered in January; 20 and 12 of them leave in August. The year 2026: the
    /// survey of <c>ProjectsAndTensionByLevelTests</c>, and the four establishments of the CC Usses
    /// et Rhône of <c>EstablishmentIndicatorTests</c> (three in section J, one in G).
    /// </summary>
    private static InMemoryStatisticsInputs Register()
    {
        var inputs = new InMemoryStatisticsInputs();
        long id = 0;
        void Seekers(int count, int leaving, string commune)
        {
            for (var i = 0; i < count; i++)
            {
                inputs.Episodes.Add(new JobSeekerEpisode(++id, JobSeekerCategory.A, Sex.Female, new DateOnly(1990, 5, 1), "NV4", "6",
                    ExperienceBand.OneToTwoYears, FamilySituation.SingleWithoutChildren, "M1805", commune, new DateOnly(2026, 1, 15),
                    i < leaving ? new DateOnly(2026, 8, 10) : null, i < leaving ? ExitReason.JobFound : null));
            }
        }
        Seekers(60, 20, "69123");
        Seekers(25, 12, "01053");

        inputs.Projects.AddRange([
            new RecruitmentProjects(2026, "8416", "M1805", 40, 12, 5),
            new RecruitmentProjects(2026, "8405", "M1805", 50, 30, 10),
            new RecruitmentProjects(2026, "8421", "M1805", 100, 45, 20),
            new RecruitmentProjects(2026, "8434", "K2111", 35, 7, 0),
        ]);

        string[] communes = ["01010", "01118", "01407", "01010"];
        for (var e = 0; e < 4; e++)
        {
            var siret = $"S{e}";
            inputs.Establishments.Add(new Establishment(siret, "Établissement " + siret, null, e < 3 ? "62.01Z" : "47.11F", "12", communes[e],
                null, null, false, new DateOnly(2010, 1, 1), null));
            inputs.Headcounts.Add(new EstablishmentHeadcount(siret, 2021, 10 + e));
            inputs.Headcounts.Add(new EstablishmentHeadcount(siret, 2026, 15 + e));
        }
        return inputs;
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Outflow_rate_projects_and_sector_tables_are_datasets_whose_csv_show_hand_computed_rows_secrets_and_estimates(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var client = platform.Client;
        var store = platform.Services.GetRequiredService<IPublishedStatistics>();
        var engine = new StatisticsComputation(Data.Value, TimeProvider.System);
        var inputs = Register();
        await engine.RunAsync(inputs, store, StatPeriod.OfQuarter(2026, 3));
        await engine.RunAsync(inputs, store, StatPeriod.OfYear(2026));
        Assert.True(await platform.Services.GetRequiredService<StatisticsDownloads>().RefreshAsync(CancellationToken.None));

        async Task<string[]> CsvOf(string slug, string file, string frequency, string topic)
        {
            using var dataset = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/1/datasets/{slug}/", UriKind.Relative)));
            var root = dataset.RootElement;
            Assert.Equal("lov2", root.GetProperty("license").GetString());
            Assert.Equal(frequency, root.GetProperty("frequency").GetString());
            Assert.Contains("statistiques", root.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            Assert.Contains(topic, root.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            var resource = Assert.Single(root.GetProperty("resources").EnumerateArray());
            Assert.Equal("csv", resource.GetProperty("format").GetString());
            var url = new Uri(resource.GetProperty("url").GetString()!);
            Assert.EndsWith($"/donnees/{slug}/{file}", url.AbsolutePath, StringComparison.Ordinal);
            var lines = (await client.GetStringAsync(new Uri(url.PathAndQuery, UriKind.Relative))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(string.Join(',', StatisticsCsvWriter.Columns), lines[0]);
            Assert.True(lines.Length > 1, $"{file} holds no row");
            return lines;
        }

        // Outflow rate: the Rhône's 20 exits of 60 registered on 1 July (33.3 %); France's 32 of 85
        // (37.6 %); the Ain's 25 at the start are under the 30 a ratio needs: secret.
        var rates = await CsvOf("statistiques-taux-sortie-demandeurs-emploi", "taux-sortie-demandeurs-emploi.csv", "quarterly", "demandeurs-emploi");
        Assert.Contains("DE_TXSORT,DEP,69,Rhône,CUMUL,CUMUL,Tous métiers et secteurs,CATCAND,ABC,\"Catégories A, B, C\",,,,TRIMESTRE,2026T3,33.3,", rates);
        Assert.Contains("DE_TXSORT,NAT,FR,France,CUMUL,CUMUL,Tous métiers et secteurs,CATCAND,ABC,\"Catégories A, B, C\",,,,TRIMESTRE,2026T3,37.6,", rates);
        Assert.Contains("DE_TXSORT,DEP,01,Ain,CUMUL,CUMUL,Tous métiers et secteurs,CATCAND,ABC,\"Catégories A, B, C\",,,,TRIMESTRE,2026T3,secret,secret", rates);
        Assert.All(rates.Skip(1), line => Assert.StartsWith("DE_TXSORT,", line, StringComparison.Ordinal));

        // Projects: zones and départements counted, an EPCI's estimated and labelled so. Zone 8421
        // (Lyon) has 100 projects, 45 difficult; the Métropole de Lyon holds 75.4 % of its people:
        // 75 projects, 34 difficult (45 %). The CC de la Dombes (7 projects) is too small for a share.
        var projects = await CsvOf("statistiques-projets-recrutement", "projets-recrutement.csv", "annual", "projets-recrutement");
        const string m1805 = "ROME,M1805,Développeur / Développeuse informatique";
        Assert.Contains($"BMO_1,ZE,8421,Zone d'emploi de Lyon,{m1805},PROJETS,TOUS,Projets de recrutement,,,,ANNEE,2026,100,", projects);
        Assert.Contains($"BMO_1,ZE,8421,Zone d'emploi de Lyon,{m1805},PROJETS,TOUS,Projets de recrutement,DIFFICULTE,DIFFICILE,Jugés difficiles,ANNEE,2026,45,45", projects);
        Assert.Contains("BMO_1,DEP,69,Rhône,CUMUL,CUMUL,Tous métiers et secteurs,PROJETS,TOUS,Projets de recrutement,,,,ANNEE,2026,135,", projects);
        Assert.Contains($"BMO_1,EPCI,200046977,Métropole de Lyon,{m1805},PROJETS,TOUS,Projets de recrutement (estimation),,,,ANNEE,2026,75,", projects);
        Assert.Contains($"BMO_1,EPCI,200046977,Métropole de Lyon,{m1805},PROJETS,TOUS,Projets de recrutement (estimation),DIFFICULTE,DIFFICILE,Jugés difficiles,ANNEE,2026,34,45", projects);
        Assert.Contains("BMO_1,EPCI,200069193,CC de la Dombes,CUMUL,CUMUL,Tous métiers et secteurs,PROJETS,TOUS,Projets de recrutement (estimation),,,,ANNEE,2026,7,", projects);
        // An estimate rounded to 0 is no row (it would read "no projects"): the CC 200000172 holds
        // 0.23 of zone 8416's 40 projects; the CC de la Dombes 0.15 of 8434's 7 difficult K2111 ones.
        Assert.DoesNotContain(projects, line => line.StartsWith("BMO_1,EPCI,200000172,", StringComparison.Ordinal));
        Assert.DoesNotContain(projects, line => line.StartsWith("BMO_1,EPCI,", StringComparison.Ordinal) && line.Split(',')[^2] == "0");
        // Every EPCI row, and only those, says it is an estimate.
        Assert.All(projects.Skip(1), line => Assert.Equal(line.StartsWith("BMO_1,EPCI,", StringComparison.Ordinal), line.Contains("(estimation)", StringComparison.Ordinal)));
        Assert.Contains(projects, line => line.StartsWith("BMO_1,EPCI,", StringComparison.Ordinal));

        // Sectors of the CC Usses et Rhône: 66 employees from four establishments; section G (one
        // establishment) is secret, and so is J, which would give G away as 66 − J.
        var employees = await CsvOf("statistiques-effectifs-salaries-secteurs", "effectifs-salaries-secteurs.csv", "annual", "secteurs");
        Assert.Contains("SECT_EFF,EPCI,200070852,CC Usses et Rhône,CUMUL,CUMUL,Tous métiers et secteurs,CUMUL,CUMUL,Ensemble,,,,ANNEE,2026,66,", employees);
        Assert.Contains(employees, l => l.StartsWith("SECT_EFF,EPCI,200070852,CC Usses et Rhône,NAF,G,", StringComparison.Ordinal) && l.EndsWith(",ANNEE,2026,secret,secret", StringComparison.Ordinal));
        Assert.Contains(employees, l => l.StartsWith("SECT_EFF,EPCI,200070852,CC Usses et Rhône,NAF,J,", StringComparison.Ordinal) && l.EndsWith(",ANNEE,2026,secret,secret", StringComparison.Ordinal));
        var establishments = await CsvOf("statistiques-etablissements-secteurs", "etablissements-secteurs.csv", "annual", "secteurs");
        Assert.Contains("SECT_ETAB,EPCI,200070852,CC Usses et Rhône,CUMUL,CUMUL,Tous métiers et secteurs,CUMUL,CUMUL,Ensemble,,,,ANNEE,2026,4,", establishments);
        Assert.Contains(establishments, l => l.StartsWith("SECT_ETAB,EPCI,200070852,CC Usses et Rhône,NAF,G,", StringComparison.Ordinal) && l.EndsWith(",secret,secret", StringComparison.Ordinal));
        // All sectors: 66 employees now, 46 five years before (+43.5 %), not faster than France (the same): not growing.
        var growth = await CsvOf("statistiques-secteurs-en-croissance", "secteurs-en-croissance.csv", "annual", "secteurs");
        Assert.Contains("SECT_EVOL5,EPCI,200070852,CC Usses et Rhône,CUMUL,CUMUL,Tous métiers et secteurs,CUMUL,CUMUL,Ensemble,,,,ANNEE,2026,0,43.5", growth);
        Assert.Contains(growth, l => l.StartsWith("SECT_EVOL5,EPCI,200070852,CC Usses et Rhône,NAF,J,", StringComparison.Ordinal) && l.EndsWith(",secret,secret", StringComparison.Ordinal));

        // The catalogue lists each of them with the other statistics, in the DCAT-AP export too.
        var listed = await client.GetStringAsync(new Uri("/api/1/datasets/?tag=statistiques&page_size=100", UriKind.Relative));
        var dcat = await client.GetStringAsync(new Uri("/donnees/catalogue.jsonld", UriKind.Relative));
        foreach (var slug in new[]
        {
            "statistiques-taux-sortie-demandeurs-emploi", "statistiques-projets-recrutement", "statistiques-effectifs-salaries-secteurs",
            "statistiques-etablissements-secteurs", "statistiques-secteurs-en-croissance",
        })
        {
            Assert.Contains($"\"slug\":\"{slug}\"", listed, StringComparison.Ordinal);
            Assert.Contains($"/donnees/{slug}/", dcat, StringComparison.Ordinal);
        }
        // Tags tell the tables apart: the sectors' are not about job seekers.
        using (var sectors = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/1/datasets/?tag=secteurs&page_size=100", UriKind.Relative))))
        {
            Assert.Equal(["statistiques-effectifs-salaries-secteurs", "statistiques-etablissements-secteurs", "statistiques-secteurs-en-croissance"],
                sectors.RootElement.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("slug").GetString()).Order(StringComparer.Ordinal));
        }
        // The portal finds the projects by their words, and its page tells how the EPCI's are estimated.
        var found = await client.GetStringAsync(new Uri("/donnees?q=projets+recrutement+estimation", UriKind.Relative));
        Assert.Contains("href=\"/donnees/statistiques-projets-recrutement\"", found, StringComparison.Ordinal);
        var projectsPage = await client.GetStringAsync(new Uri("/donnees/statistiques-projets-recrutement", UriKind.Relative));
        Assert.Contains("(estimation)", projectsPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_indicator_the_computation_publishes_has_its_table()
    {
        // A register that reaches every indicator: the one above, with entries, offers and hires.
        var inputs = Register();
        for (var i = 0; i < 15; i++)
        {
            inputs.Episodes.Add(new JobSeekerEpisode(1000 + i, JobSeekerCategory.B, Sex.Male, new DateOnly(2001, 3, 1), "NV4", "6",
                ExperienceBand.None, FamilySituation.SingleWithoutChildren, "K2111", "69123", new DateOnly(2026, 8, 3), null, null));
        }
        for (var i = 0; i < 40; i++)
        {
            inputs.Offers.Add(new RegisteredOffer($"O{i:D3}", new DateOnly(2026, 8, 1), "M1805", "62.01Z", "69123", "69", "CDI", true, true,
                OfferOrigin.Employer));
        }
        inputs.Hires.Add(new MonthlyHires("S0", new DateOnly(2026, 8, 1), HireContract.Cdi, "M1805", 12));
        var engine = new StatisticsComputation(Data.Value, TimeProvider.System);

        var cells = (await engine.ComputeAsync(inputs, StatPeriod.OfQuarter(2026, 3))).Concat(await engine.ComputeAsync(inputs, StatPeriod.OfYear(2026)));

        // Twelve-month sums come from stored quarters, so this run has none: their tables are checked by FlowDownloadsTests.
        var computed = cells.Select(c => c.Indicator).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["BMO_1", "DE_1", "DE_5", "DE_SORT", "DE_TXSORT", "EMB_1", "OFF_1", "PERSP_2", "SECT_EFF", "SECT_ETAB", "SECT_EVOL5"], computed);
        Assert.All(computed, code => Assert.Contains(StatisticsTable.All, t => t.IndicatorCode == code));
        Assert.All(StatisticsTable.All, t => Assert.NotEmpty(t.Topic));
        Assert.Equal(StatisticsTable.All.Count, StatisticsTable.All.Select(t => t.Slug).Distinct().Count());
        Assert.Equal(StatisticsTable.All.Count, StatisticsTable.All.Select(t => t.FileName).Distinct().Count());
    }
}
