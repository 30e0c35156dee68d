using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.Statistics;

namespace OpenEmploi.Web.Tests.Statistics;

/// <summary>The "Data emploi" pages as served HTML, over the published cells of <see cref="DashboardSample"/>.</summary>
public sealed class DashboardPageTests(StatisticsDownloadsFixture fixture) : IClassFixture<StatisticsDownloadsFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_departement_dashboard_shows_key_figures_with_evolutions_profile_recruiters_tension_and_maps_with_sources_and_secrets(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        await DashboardSample.PublishAsync(platform.Services);

        var html = WebUtility.HtmlDecode(await platform.Client.GetStringAsync(new Uri("/territoires/dep/69", UriKind.Relative)));

        Assert.Contains("<h1>Rhône", html, StringComparison.Ordinal);
        Assert.Contains("3e trimestre 2030", html, StringComparison.Ordinal);
        // 152,000 now, 167,200 the quarter before (-9.1 %), 136,800 a year before (+11.1 %).
        Assert.Contains("152\u202f000", html, StringComparison.Ordinal);
        Assert.Contains("−9,1 %", html, StringComparison.Ordinal);
        Assert.Contains("+11,1 %", html, StringComparison.Ordinal);
        // Entries over twelve months: 84,000 now, 75,600 a year before (+11.1 %); the exits are secret.
        var entries12 = html[html.IndexOf("<tr id=\"entrees-12-mois\">", StringComparison.Ordinal)..];
        entries12 = entries12[..entries12.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Inscriptions sur les 12 derniers mois (catégories A, B, C)", entries12, StringComparison.Ordinal);
        Assert.Contains("84\u202f000", entries12, StringComparison.Ordinal);
        Assert.Contains("+11,1 %", entries12, StringComparison.Ordinal);
        Assert.Contains("<tr id=\"sorties-12-mois\">", html, StringComparison.Ordinal);
        // Exits over the quarter: 19,000, 20,900 the quarter before (−9.1 %); offers over twelve months: 118,000, 106,200 a year before (+11.1 %).
        Assert.Contains("Sorties sur le trimestre (catégories A, B, C)</th>\n                    <td class=\"chiffre\">19\u202f000</td>", html, StringComparison.Ordinal);
        var offers12 = html[html.IndexOf("<tr id=\"offres-12-mois\">", StringComparison.Ordinal)..];
        offers12 = offers12[..offers12.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Offres d'emploi enregistrées sur les 12 derniers mois", offers12, StringComparison.Ordinal);
        Assert.Contains("118\u202f000", offers12, StringComparison.Ordinal);
        Assert.Contains("+11,1 %", offers12, StringComparison.Ordinal);
        // Recruitment projects of the year, with their shares and source; the Rhône's are not estimated.
        var projects = html[html.IndexOf("<h2 id=\"projets\">", StringComparison.Ordinal)..];
        projects = projects[..projects.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Projets de recrutement des employeurs en 2029", projects, StringComparison.Ordinal);
        Assert.Contains("<td class=\"chiffre\">48\u202f500</td>", projects, StringComparison.Ordinal);
        Assert.Contains("<td class=\"chiffre\">52,3 %</td>", projects, StringComparison.Ordinal);
        Assert.Contains("<td class=\"chiffre\">18,2 %</td>", projects, StringComparison.Ordinal);
        Assert.Contains("Source : Enquête Besoins en main-d'œuvre", projects, StringComparison.Ordinal);
        Assert.DoesNotContain("estimation", projects, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Secret statistique", projects, StringComparison.Ordinal);
        Assert.Contains("Demandeurs d'emploi (A, B, C) par sexe", html, StringComparison.Ordinal);
        Assert.Contains("Demandeurs d'emploi (A, B, C) par tranche d'âge", html, StringComparison.Ordinal);
        Assert.Contains("Demandeurs d'emploi (A, B, C) par situation familiale", html, StringComparison.Ordinal);
        Assert.Contains("Secret statistique", html, StringComparison.Ordinal);
        Assert.Contains("Source : Registre des demandeurs d'emploi", html, StringComparison.Ordinal);
        Assert.Contains("Métiers les plus recherchés", html, StringComparison.Ordinal);
        Assert.Contains("(J1501)", html, StringComparison.Ordinal);
        Assert.Contains("Programmation informatique (62.01Z)", html, StringComparison.Ordinal);
        // Growing sectors read SECT_EVOL5: the two flagged growing, by their 5-year change; the masked one as "secret"; not the slower one.
        var growing = html[html.IndexOf("Secteurs en croissance : évolution des effectifs salariés sur cinq ans", StringComparison.Ordinal)..];
        growing = growing[..growing.IndexOf("</figure>", StringComparison.Ordinal)];
        Assert.True(growing.IndexOf("Information et communication (J) : 18,4 %", StringComparison.Ordinal)
            is var j and >= 0 && j < growing.IndexOf("Santé humaine et action sociale (Q) : 12,5 %", StringComparison.Ordinal), growing);
        Assert.Contains("Construction (F) : secret", growing, StringComparison.Ordinal);
        Assert.DoesNotContain("(I)", growing, StringComparison.Ordinal);
        Assert.Contains("Source : Effectifs salariés des établissements", growing, StringComparison.Ordinal);
        Assert.Contains("année 2029 comparée à 2024", growing, StringComparison.Ordinal);
        Assert.Contains("Secret statistique", growing, StringComparison.Ordinal);
        Assert.DoesNotContain("embauches sur un an", html, StringComparison.Ordinal);
        // The key figures are plain numbers (the search facets' class once put them in parentheses).
        Assert.Contains("<td class=\"chiffre\">152\u202f000</td>", html, StringComparison.Ordinal);
        Assert.Contains("5 – très élevée", html, StringComparison.Ordinal);
        Assert.Contains("class=\"n5 choisi\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"ns\"", html, StringComparison.Ordinal);
        Assert.Contains("svg class=\"carte grille\"", html, StringComparison.Ordinal);
        Assert.Contains("Zone d'emploi de Lyon", html, StringComparison.Ordinal);
        Assert.Contains("chaque carré de la grille prend la couleur de la zone d'emploi", html, StringComparison.Ordinal);

        using var unknown = await platform.Client.GetAsync(new Uri("/territoires/dep/999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task An_epci_dashboard_shows_its_estimated_recruitment_projects_with_the_method_and_the_masked_note(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        await DashboardSample.PublishAsync(platform.Services);

        var html = WebUtility.HtmlDecode(await platform.Client.GetStringAsync(new Uri("/territoires/epci/200046977", UriKind.Relative)));

        var projects = html[html.IndexOf("<h2 id=\"projets\">", StringComparison.Ordinal)..];
        projects = projects[..projects.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Projets de recrutement (estimation)", projects, StringComparison.Ordinal);
        Assert.Contains("<td class=\"chiffre\">36\u202f120</td>", projects, StringComparison.Ordinal);
        Assert.Contains("<td class=\"chiffre\">52,6 %</td>", projects, StringComparison.Ordinal);
        Assert.Contains("<td class=\"chiffre\">secret</td>", projects, StringComparison.Ordinal);
        Assert.Contains("au prorata de leur population dans la zone", projects, StringComparison.Ordinal);
        Assert.Contains("Secret statistique", projects, StringComparison.Ordinal);

        // An EPCI without projects (none in the sample; in a computation, an estimate rounded to 0
        // is not published) is told why, not that EPCI have no survey figures.
        var dombes = WebUtility.HtmlDecode(await platform.Client.GetStringAsync(new Uri("/territoires/epci/200069193", UriKind.Relative)));
        Assert.Contains("Aucun projet de recrutement n'est publié pour cet EPCI cette année", dombes, StringComparison.Ordinal);
        Assert.DoesNotContain("Les projets de recrutement ne sont pas publiés pour ce territoire", dombes, StringComparison.Ordinal);

        // A commune has no projects: the page says where the survey is published.
        var commune = WebUtility.HtmlDecode(await platform.Client.GetStringAsync(new Uri("/territoires/com/69123", UriKind.Relative)));
        Assert.Contains("Les projets de recrutement ne sont pas publiés pour ce territoire", commune, StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Each_figure_links_to_the_open_data_csv_it_is_read_from_and_every_link_downloads_it(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        await DashboardSample.PublishAsync(platform.Services);
        await platform.Services.GetRequiredService<StatisticsDownloads>().RefreshAsync(CancellationToken.None);

        var html = WebUtility.HtmlDecode(await platform.Client.GetStringAsync(new Uri("/territoires/dep/69", UriKind.Relative)));

        static string Csv(string slug, string file) => $"href=\"/donnees/{slug}/{file}\" type=\"text/csv\"";
        string Block(string start, string end)
        {
            var from = html.IndexOf(start, StringComparison.Ordinal);
            Assert.True(from >= 0, start);
            return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
        }
        // The key figures come from eight tables, each linked once.
        var keyFigures = Block("<h2 id=\"chiffres-cles\">", "</section>");
        foreach (var (slug, file) in new[]
        {
            ("statistiques-demandeurs-emploi", "demandeurs-emploi.csv"), ("statistiques-entrees-demandeurs-emploi", "entrees-demandeurs-emploi.csv"),
            ("statistiques-sorties-demandeurs-emploi", "sorties-demandeurs-emploi.csv"),
            ("statistiques-entrees-demandeurs-emploi-12-mois", "entrees-demandeurs-emploi-12-mois.csv"),
            ("statistiques-sorties-demandeurs-emploi-12-mois", "sorties-demandeurs-emploi-12-mois.csv"),
            ("statistiques-offres-emploi", "offres-emploi.csv"), ("statistiques-offres-emploi-12-mois", "offres-emploi-12-mois.csv"),
            ("statistiques-embauches", "embauches.csv"),
        })
        {
            Assert.Single(Regex.Matches(keyFigures, Regex.Escape(Csv(slug, file))));
            Assert.Contains($"href=\"/donnees/{slug}\"", keyFigures, StringComparison.Ordinal);
        }
        // Each figure links the table it shows.
        Assert.Contains(Csv("statistiques-demandeurs-emploi", "demandeurs-emploi.csv"), Block("aria-labelledby=\"profil-sexe-titre\"", "</figure>"), StringComparison.Ordinal);
        Assert.Contains(Csv("statistiques-offres-emploi", "offres-emploi.csv"), Block("aria-labelledby=\"metiers-titre\"", "</figure>"), StringComparison.Ordinal);
        Assert.Contains(Csv("statistiques-embauches", "embauches.csv"), Block("aria-labelledby=\"secteurs-titre\"", "</figure>"), StringComparison.Ordinal);
        Assert.Contains(Csv("statistiques-secteurs-en-croissance", "secteurs-en-croissance.csv"),
            Block("aria-labelledby=\"secteurs-croissance-titre\"", "</figure>"), StringComparison.Ordinal);
        Assert.Contains(Csv("statistiques-projets-recrutement", "projets-recrutement.csv"), Block("<h2 id=\"projets\">", "</section>"), StringComparison.Ordinal);
        Assert.Contains(Csv("statistiques-tension-metiers", "tension-metiers.csv"), Block("<h2 id=\"tension\">", "</section>"), StringComparison.Ordinal);
        Assert.Contains(Csv("statistiques-demandeurs-emploi", "demandeurs-emploi.csv"), Block("aria-labelledby=\"carte-departements-titre\"", "</figure>"), StringComparison.Ordinal);
        Assert.Contains(Csv("statistiques-demandeurs-emploi", "demandeurs-emploi.csv"), Block("aria-labelledby=\"carte-zones-titre\"", "</figure>"), StringComparison.Ordinal);
        // Links say what they lead to (the dataset's title, the format and size; the catalogue page
        // names its dataset for screen readers) and how to find this territory's rows in the file.
        Assert.Contains(">Demandeurs d'emploi par territoire (fin de trimestre) (CSV, ", html, StringComparison.Ordinal);
        Assert.Contains("fiche du jeu de données<span class=\"visually-hidden\"> « Tension sur le marché du travail par métier et territoire (annuelle) »</span>", html, StringComparison.Ordinal);
        Assert.Contains("code_type_territoire DEP, code_territoire 69", html, StringComparison.Ordinal);

        // Every CSV link downloads its file, which holds the Rhône's rows; every dataset page answers.
        var csvLinks = Regex.Matches(html, "href=\"(/donnees/[^\"]+\\.csv)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(11, csvLinks.Count);
        foreach (var link in csvLinks)
        {
            using var response = await platform.Client.GetAsync(new Uri(link, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(string.Join(',', StatisticsCsvWriter.Columns), lines[0]);
            Assert.Contains(lines, l => l.Contains(",DEP,69,Rhône,", StringComparison.Ordinal));
        }
        var pages = Regex.Matches(html, "href=\"(/donnees/statistiques-[a-z0-9-]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(11, pages.Count);
        foreach (var page in pages)
        {
            using var response = await platform.Client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Territories_are_found_by_name_across_levels(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);

        var html = WebUtility.HtmlDecode(await platform.Client.GetStringAsync(new Uri("/territoires?q=lyon", UriKind.Relative)));
        Assert.Contains("href=\"/territoires/com/69123\">Lyon</a>", html, StringComparison.Ordinal);
        Assert.Contains(">Zone d'emploi de Lyon</a>", html, StringComparison.Ordinal);

        var suggestions = await platform.Client.GetStringAsync(new Uri("/territoires/suggestions?q=Rh%C3%B4n", UriKind.Relative));
        Assert.Contains("\"libelle\":\"Rhône (département)\"", suggestions, StringComparison.Ordinal);
        Assert.Contains("\"page\":\"/territoires/dep/69\"", suggestions, StringComparison.Ordinal);
    }
}
