namespace OpenEmploi.Web.Features.Catalogue;

/// <summary>A licence as the catalogue shows and exports it: short id (udata's), French title, its text's address.</summary>
public sealed record CatalogueLicence(string Id, string Title, string Url)
{
    public static readonly CatalogueLicence LicenceOuverte = new(
        "lov2", "Licence Ouverte / Etalab 2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/");

    /// <summary>Lists written by the OpenEmploi team, under the project's own licence.</summary>
    public static readonly CatalogueLicence Projet = new(
        "openemploi", "Licence du projet OpenEmploi", "/documentation/methodologie#licences");

    /// <summary>Short factual code lists defined by France Travail: no copyrightable expression (data/README.md).</summary>
    public static readonly CatalogueLicence ValeursFactuelles = new(
        "valeurs-factuelles", "Valeurs factuelles (listes de codes de France Travail)", "/documentation/methodologie#licences");

    public static IReadOnlyList<CatalogueLicence> All { get; } = [LicenceOuverte, Projet, ValeursFactuelles];
}

/// <summary>
/// How often a dataset changes: its French label, udata's code and the EU vocabulary's IRI (DCAT-AP's
/// dct:accrualPeriodicity takes the latter).
/// </summary>
public sealed record UpdateFrequency(string Code, string Label, string EuUri)
{
    private const string Eu = "http://publications.europa.eu/resource/authority/frequency/";

    public static readonly UpdateFrequency Daily = new("daily", "Quotidienne", Eu + "DAILY");
    public static readonly UpdateFrequency Quarterly = new("quarterly", "Trimestrielle", Eu + "QUARTERLY");
    public static readonly UpdateFrequency Annual = new("annual", "Annuelle", Eu + "ANNUAL");
    public static readonly UpdateFrequency Irregular = new("irregular", "Irrégulière (à chaque version des sources)", Eu + "IRREG");
    public static readonly UpdateFrequency Continuous = new("continuous", "Plusieurs fois par jour", Eu + "CONT");
}

/// <summary>Which rows a resource's preview can show, read from its start only.</summary>
public enum PreviewKind
{
    None,
    Csv,
    GzipCsv,
    GzipJsonLines,

    /// <summary>A JSON document's first array of objects: GeoJSON features' properties, a Table Schema's fields.</summary>
    JsonArray,
}

/// <summary>
/// One downloadable file of a dataset (a udata "resource", a DCAT distribution). <see cref="Name"/>
/// is its URL segment: /donnees/{dataset}/{name}. Size and checksum are those of the file served.
/// </summary>
public sealed record CatalogueResource(
    string Name,
    string Title,
    string Description,
    string Format,
    string MediaType,
    long Size,
    string Sha256,
    DateTimeOffset Modified,
    string PhysicalPath,
    PreviewKind Preview)
{
    public bool HasPreview => Preview != PreviewKind.None;
}

/// <summary>
/// A dataset on udata's model: what it is, who publishes it, under which licence, how often and when
/// it changed, what it covers, its keywords and its files. <see cref="Source"/> says where the data
/// comes from (reference data keep their source with them).
/// </summary>
public sealed record CatalogueDataset(
    string Slug,
    string Title,
    string Description,
    string Organisation,
    string Source,
    CatalogueLicence Licence,
    UpdateFrequency Frequency,
    DateTimeOffset? Modified,
    string TemporalCoverage,
    string SpatialCoverage,
    IReadOnlyList<string> Tags,
    IReadOnlyList<CatalogueResource> Resources)
{
    public CatalogueResource? Resource(string name) => Resources.FirstOrDefault(r => r.Name == name);

    public IEnumerable<string> Formats => Resources.Select(r => r.Format).Distinct(StringComparer.Ordinal);

    public long TotalSize => Resources.Sum(r => r.Size);
}

/// <summary>Where datasets come from: the reference data, the offers export, later the statistics.</summary>
public interface IDatasetProvider
{
    IReadOnlyList<CatalogueDataset> Datasets();
}
