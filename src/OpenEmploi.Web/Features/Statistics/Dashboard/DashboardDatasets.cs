using OpenEmploi.Web.Features.Catalogue;

namespace OpenEmploi.Web.Features.Statistics.Dashboard;

/// <summary>
/// Where a dashboard figure's numbers can be downloaded: the catalogue dataset of the indicator's
/// table (<see cref="PagePath"/>) and its CSV file (<see cref="CsvPath"/>, with its size), or no
/// file yet when the downloads have not been written since the store's last computation.
/// </summary>
public sealed record DatasetLink(string Title, string PagePath, string? CsvPath, long? Size);

/// <summary>
/// Finds the open-data dataset behind each figure of the "Data emploi" dashboards: one dataset per
/// published table (<see cref="StatisticsTable.All"/>), served by the catalogue at
/// /donnees/{slug} and its CSV at /donnees/{slug}/{file}. The CSV link is given only while the
/// catalogue lists that file, so a link never leads to a 404.
/// </summary>
public sealed class DashboardDatasets(StatisticsDownloads downloads)
{
    public DatasetLink Of(string indicatorCode)
    {
        var table = StatisticsTable.All.FirstOrDefault(t => t.IndicatorCode == indicatorCode)
            ?? throw new InvalidOperationException($"Aucun jeu de données pour l'indicateur {indicatorCode}.");
        var file = downloads.FileOf(table);
        return new DatasetLink(table.Title, CatalogueLinks.Dataset(table.Slug),
            file is null ? null : CatalogueLinks.Download(table.Slug, table.FileName), file?.Size);
    }

    /// <summary>The datasets of several indicators, each once, in the order given.</summary>
    public IReadOnlyList<DatasetLink> Of(IEnumerable<string> indicatorCodes) =>
        [.. indicatorCodes.Distinct(StringComparer.Ordinal).Select(Of)];
}
