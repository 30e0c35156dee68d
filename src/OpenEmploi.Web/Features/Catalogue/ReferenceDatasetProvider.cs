using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Web.Features.Catalogue;

/// <summary>The reference datasets (<see cref="ReferenceDatasets"/>) over the data folder the platform loaded at start-up.</summary>
internal sealed class ReferenceDatasetProvider(FileChecksums checksums) : IDatasetProvider
{
    private readonly string _dataDirectory = ReferenceData.LocateDataDirectory();

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public IReadOnlyList<CatalogueDataset> Datasets() => [.. ReferenceDatasets.All.Select(Build)];

    private CatalogueDataset Build(ReferenceDatasets.Entry entry)
    {
        var midnight = entry.Modified.ToDateTime(TimeOnly.MinValue);
        var modified = new DateTimeOffset(midnight, Paris.GetUtcOffset(midnight));
        var resources = entry.Files.Select(file =>
        {
            var path = Path.Combine(_dataDirectory, file.Path.Replace('/', Path.DirectorySeparatorChar));
            var (length, sha) = checksums.Of(path);
            var format = ResourceFormat.Of(path);
            return new CatalogueResource(Path.GetFileName(file.Path), file.Title, file.Description, format.Format, format.MediaType,
                length, sha, modified, path, format.Preview);
        }).ToList();
        return new CatalogueDataset(entry.Slug, entry.Title, entry.Description, entry.Organisation, entry.Source, entry.Licence,
            entry.Frequency, modified, entry.TemporalCoverage, entry.SpatialCoverage, entry.Tags, resources);
    }
}
