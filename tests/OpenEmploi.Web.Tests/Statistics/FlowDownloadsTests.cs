using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.Statistics;
using static OpenEmploi.Web.Tests.Statistics.StatisticsCells;

namespace OpenEmploi.Web.Tests.Statistics;

/// <summary>
/// The flows' tables — job seekers' exits over the quarter (DE_SORT), entries and exits over twelve
/// months (DE_5_12M, DE_SORT_12M), offers over twelve months (OFF_1_12M) — as CSV files and
/// catalogue datasets, in the other tables' shape.
/// </summary>
public sealed class FlowDownloadsTests(StatisticsDownloadsFixture fixture) : IClassFixture<StatisticsDownloadsFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Exits_and_twelve_month_flows_are_datasets_whose_csv_names_the_rolling_period_and_shows_secret(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var client = platform.Client;
        await PublishAsync(platform.Services, PeriodKind.Quarter, "2030T2", new DateTimeOffset(2030, 7, 15, 2, 0, 0, TimeSpan.Zero),
            Cell("DE_SORT", TerritoryLevel.Departement, "69", "CATCAND", "ABC", "2030T2", 812),
            Cell("DE_SORT", TerritoryLevel.Departement, "69", "CATCAND", "ABC", "2030T2", 301, 37.1, characteristicType: "MOTIF", characteristicCode: "1"),
            Cell("DE_SORT", TerritoryLevel.Departement, "69", "CATCAND", "ABC", "2030T2", null, mask: MaskReason.SmallCount, characteristicType: "MOTIF", characteristicCode: "4"),
            Cell("DE_5_12M", TerritoryLevel.Departement, "69", "CATCAND", "ABC", "2030T2", 3650),
            Cell("DE_5_12M", TerritoryLevel.Departement, "69", "CATCAND", "ABC", "2030T2", 3500, 95.9, characteristicType: "EVOLUTION", characteristicCode: "TRIMESTRE_PRECEDENT"),
            Cell("DE_5_12M", TerritoryLevel.Epci, "200046977", "CATCAND", "A", "2030T2", null, mask: MaskReason.Secondary),
            Cell("DE_SORT_12M", TerritoryLevel.Departement, "69", "CATCAND", "ABC", "2030T2", 3210),
            Cell("DE_SORT_12M", TerritoryLevel.Departement, "69", "CATCAND", "ABC", "2030T2", null, mask: MaskReason.Secondary, characteristicType: "MOTIF", characteristicCode: "2"),
            Cell("OFF_1_12M", TerritoryLevel.Nation, "FR", "ORIGINEOFF", "TOUTES", "2030T2", 398_765, activityType: "NAF", activityCode: "62.01Z"),
            Cell("OFF_1_12M", TerritoryLevel.Nation, "FR", "ORIGINEOFF", "TOUTES", "2030T2", 1_200_000),
            Cell("OFF_1_12M", TerritoryLevel.Nation, "FR", "ORIGINEOFF", "TOUTES", "2030T2", 744_000, 62, characteristicType: "DUREE", characteristicCode: "DURABLE"),
            Cell("OFF_1_12M", TerritoryLevel.Commune, "69123", "ORIGINEOFF", "PARTENAIRE", "2030T2", null, mask: MaskReason.Secondary));
        Assert.True(await platform.Services.GetRequiredService<StatisticsDownloads>().RefreshAsync(CancellationToken.None));

        async Task<string[]> CsvOf(string slug, string file)
        {
            using var dataset = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/1/datasets/{slug}/", UriKind.Relative)));
            var root = dataset.RootElement;
            Assert.Equal("lov2", root.GetProperty("license").GetString());
            Assert.Equal("quarterly", root.GetProperty("frequency").GetString());
            Assert.Contains("statistiques", root.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            var resource = Assert.Single(root.GetProperty("resources").EnumerateArray());
            Assert.Equal("csv", resource.GetProperty("format").GetString());
            Assert.Contains("« secret »", resource.GetProperty("description").GetString(), StringComparison.Ordinal);
            var url = new Uri(resource.GetProperty("url").GetString()!);
            Assert.EndsWith($"/donnees/{slug}/{file}", url.AbsolutePath, StringComparison.Ordinal);
            var lines = (await client.GetStringAsync(new Uri(url.PathAndQuery, UriKind.Relative))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(string.Join(',', StatisticsCsvWriter.Columns), lines[0]);
            return lines;
        }

        var exits = await CsvOf("statistiques-sorties-demandeurs-emploi", "sorties-demandeurs-emploi.csv");
        Assert.Equal(4, exits.Length);
        Assert.Contains("DE_SORT,DEP,69,Rhône,CUMUL,CUMUL,Tous métiers et secteurs,CATCAND,ABC,\"Catégories A, B, C\",,,,TRIMESTRE,2030T2,812,", exits);
        Assert.Contains("DE_SORT,DEP,69,Rhône,CUMUL,CUMUL,Tous métiers et secteurs,CATCAND,ABC,\"Catégories A, B, C\",MOTIF,1,Reprise d'emploi,TRIMESTRE,2030T2,301,37.1", exits);
        Assert.Contains("DE_SORT,DEP,69,Rhône,CUMUL,CUMUL,Tous métiers et secteurs,CATCAND,ABC,\"Catégories A, B, C\",MOTIF,4,Radiation administrative,TRIMESTRE,2030T2,secret,secret", exits);

        // Twelve-month sums are named by their last quarter under the API's GLISSANT_12_MOIS.
        var entries = await CsvOf("statistiques-entrees-demandeurs-emploi-12-mois", "entrees-demandeurs-emploi-12-mois.csv");
        Assert.Equal(4, entries.Length);
        Assert.Contains("DE_5_12M,DEP,69,Rhône,CUMUL,CUMUL,Tous métiers et secteurs,CATCAND,ABC,\"Catégories A, B, C\",,,,GLISSANT_12_MOIS,2030T2,3650,", entries);
        Assert.Contains("DE_5_12M,DEP,69,Rhône,CUMUL,CUMUL,Tous métiers et secteurs,CATCAND,ABC,\"Catégories A, B, C\",EVOLUTION,TRIMESTRE_PRECEDENT,Trimestre précédent,GLISSANT_12_MOIS,2030T2,3500,95.9", entries);
        Assert.Contains(entries, l => l.StartsWith("DE_5_12M,EPCI,200046977,", StringComparison.Ordinal) && l.EndsWith(",GLISSANT_12_MOIS,2030T2,secret,secret", StringComparison.Ordinal));

        var rollingExits = await CsvOf("statistiques-sorties-demandeurs-emploi-12-mois", "sorties-demandeurs-emploi-12-mois.csv");
        Assert.Equal(3, rollingExits.Length);
        Assert.Contains("DE_SORT_12M,DEP,69,Rhône,CUMUL,CUMUL,Tous métiers et secteurs,CATCAND,ABC,\"Catégories A, B, C\",,,,GLISSANT_12_MOIS,2030T2,3210,", rollingExits);
        Assert.Contains("DE_SORT_12M,DEP,69,Rhône,CUMUL,CUMUL,Tous métiers et secteurs,CATCAND,ABC,\"Catégories A, B, C\",MOTIF,2,Entrée en formation,GLISSANT_12_MOIS,2030T2,secret,secret", rollingExits);

        var offers = await CsvOf("statistiques-offres-emploi-12-mois", "offres-emploi-12-mois.csv");
        Assert.Equal(5, offers.Length);
        Assert.Contains("OFF_1_12M,NAT,FR,France,NAF,62.01Z,Programmation informatique,ORIGINEOFF,TOUTES,Toutes origines,,,,GLISSANT_12_MOIS,2030T2,398765,", offers);
        Assert.Contains("OFF_1_12M,NAT,FR,France,CUMUL,CUMUL,Tous métiers et secteurs,ORIGINEOFF,TOUTES,Toutes origines,DUREE,DURABLE,Durable (CDI ou CDD de plus de 6 mois),GLISSANT_12_MOIS,2030T2,744000,62", offers);
        Assert.Contains(offers, l => l.StartsWith("OFF_1_12M,COM,69123,Lyon,", StringComparison.Ordinal) && l.EndsWith(",PARTENAIRE,Collectée chez un partenaire,,,,GLISSANT_12_MOIS,2030T2,secret,secret", StringComparison.Ordinal));

        // The catalogue page finds them among the other statistics (more than its ten a page), and says how the sums are masked.
        var page = await client.GetStringAsync(new Uri("/donnees?tag=statistiques&q=sorties+glissants", UriKind.Relative));
        Assert.Contains("href=\"/donnees/statistiques-sorties-demandeurs-emploi-12-mois\"", page, StringComparison.Ordinal);
        var datasetPage = await client.GetStringAsync(new Uri("/donnees/statistiques-entrees-demandeurs-emploi-12-mois", UriKind.Relative));
        Assert.Contains("somme des quatre", datasetPage, StringComparison.Ordinal);
        Assert.Contains("Licence Ouverte", datasetPage, StringComparison.Ordinal);
    }
}
