using System.Globalization;
using OpenEmploi.Web.Features.Catalogue;

namespace OpenEmploi.Web.Features.Statistics;

/// <summary>
/// The published statistics in the open-data catalogue: one dataset per table, its CSV the file
/// the downloads keep in step with the store. Before the first computation a dataset is listed
/// without its file.
/// </summary>
internal sealed class StatisticsDatasetProvider(StatisticsDownloads downloads) : IDatasetProvider
{
    public static bool IsStatistics(string slug) => StatisticsTable.All.Any(t => t.Slug == slug);

    public IReadOnlyList<CatalogueDataset> Datasets() => [.. StatisticsTable.All.Select(Build)];

    private CatalogueDataset Build(StatisticsTable table)
    {
        var file = downloads.FileOf(table);
        IReadOnlyList<CatalogueResource> resources = file is null ? [] :
        [
            new CatalogueResource(table.FileName, table.Title + " (CSV)",
                file.Rows.ToString("N0", CultureInfo.GetCultureInfo("fr-FR")) + " lignes, une par valeur publiée ; colonnes décrites dans la documentation de l'API Marché du travail ; "
                + "les valeurs protégées par le secret statistique valent « secret ».",
                "csv", "text/csv; charset=utf-8", file.Size, file.Sha256, file.Modified, file.Path, PreviewKind.Csv),
        ];
        return new CatalogueDataset(table.Slug, table.Title,
            table.Description + " Chaque valeur publiée a passé le contrôle du secret statistique (moins de 11 personnes, dénominateur de moins de 30, "
            + "moins de 3 établissements ou un établissement de plus de 85 % : valeur masquée, ainsi que les valeurs qui permettraient de la retrouver). "
            + "Les mêmes chiffres sont servis par l'API Marché du travail et les tableaux de bord « Data emploi » (/territoires).",
            "OpenEmploi",
            "Calcul trimestriel de la plateforme à partir du registre des demandeurs d'emploi, des établissements et embauches, de l'enquête "
            + "des besoins en main-d'œuvre et des offres de la plateforme (docs/statistics-api.md).",
            CatalogueLicence.LicenceOuverte,
            table.Frequency == "annual" ? UpdateFrequency.Annual : UpdateFrequency.Quarterly,
            file?.Modified,
            "Périodes calculées par la plateforme",
            "France, régions, départements, zones d'emploi, EPCI et communes",
            ["statistiques", "marche-du-travail", table.Topic, "territoires", "secret-statistique"],
            resources);
    }
}
