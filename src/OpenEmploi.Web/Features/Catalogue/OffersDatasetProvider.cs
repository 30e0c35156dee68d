using OpenEmploi.OpenData.Publishing;
using OpenEmploi.Web.Features.OpenData;

namespace OpenEmploi.Web.Features.Catalogue;

/// <summary>
/// The anonymised offers dataset (docs/open-data.md) as a catalogue entry: its resources are the
/// newest export's files, with the manifest's sizes and checksums. Before the first export it is
/// listed without resources.
/// </summary>
internal sealed class OffersDatasetProvider(ExportDirectory exports, OpenDataOptions options) : IDatasetProvider
{
    public const string Slug = "offres-emploi-anonymisees";

    private static readonly System.Globalization.CultureInfo French = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    private static readonly (string File, string Title, string Description)[] Files =
    [
        (ExportFileNames.Csv, "Offres d'emploi (CSV compressé)", "Une ligne par offre en ligne, colonnes décrites par le dictionnaire ; CSV UTF-8 compressé en gzip."),
        (ExportFileNames.JsonLines, "Offres d'emploi (JSON lines compressé)", "Les mêmes lignes en JSON, un objet par ligne, compressé en gzip."),
        (ExportFileNames.Dictionary, "Dictionnaire des données", "Le schéma des colonnes (Table Schema de Frictionless, le format de schema.data.gouv.fr)."),
        (ExportFileNames.Methodology, "Méthodologie", "Chaque transformation appliquée (anonymisation, cellules rares), ses limites et les chiffres de l'export."),
    ];

    public IReadOnlyList<CatalogueDataset> Datasets()
    {
        var latest = exports.Latest();
        var resources = latest is null ? [] : Files.Select(file =>
        {
            var described = latest.Manifest.File(file.File);
            var format = ResourceFormat.Of(file.File);
            return new CatalogueResource(file.File, file.Title, file.Description, format.Format, format.MediaType,
                described.Taille, described.Sha256, latest.Manifest.Date, latest.PathOf(file.File), format.Preview);
        }).ToList();
        var coverage = latest is null
            ? "Offres en ligne au jour de l'export"
            : string.Create(French, $"Offres en ligne le {latest.Manifest.Date.UtcDateTime:d MMMM yyyy} ({latest.Manifest.Offres:N0} offres)");
        return
        [
            new CatalogueDataset(Slug,
                "Offres d'emploi anonymisées",
                "Toutes les offres d'emploi en ligne sur la plateforme, sans l'identité ni les coordonnées des employeurs et sans ce qui, "
                + "dans leurs textes, désigne une personne (noms, courriels, téléphones, adresses, liens). Le lieu et le secteur d'une offre "
                + "rare sont généralisés pour qu'elle ne désigne pas son employeur. Contrairement au contenu de l'API, ce jeu peut être "
                + "conservé et compilé dans le temps.",
                "OpenEmploi",
                "Base des offres de la plateforme (dépôts des employeurs et partenaires), exportée et anonymisée chaque jour ; voir la méthodologie.",
                CatalogueLicence.LicenceOuverte,
                options.Interval < TimeSpan.FromDays(1) ? UpdateFrequency.Continuous : options.Interval == TimeSpan.FromDays(1) ? UpdateFrequency.Daily : UpdateFrequency.Irregular,
                latest?.Manifest.Date,
                coverage,
                "France entière (métropole et outre-mer)",
                ["offres", "emploi", "recrutement", "anonymisation", "rome"],
                resources),
        ];
    }
}
