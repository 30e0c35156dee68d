using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenEmploi.OpenData.Publishing;

/// <summary>One file of an export: its name in the export's folder, size in bytes and SHA-256 (hex).</summary>
public sealed record ExportFile(
    [property: JsonPropertyName("nom")] string Nom,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("taille")] long Taille,
    [property: JsonPropertyName("sha256")] string Sha256);

/// <summary>How many spans of each kind the export's anonymisation replaced.</summary>
public sealed record ExportReplacements(
    [property: JsonPropertyName("courriels")] long Courriels,
    [property: JsonPropertyName("telephones")] long Telephones,
    [property: JsonPropertyName("noms")] long Noms,
    [property: JsonPropertyName("entreprises")] long Entreprises,
    [property: JsonPropertyName("liens")] long Liens,
    [property: JsonPropertyName("adresses")] long Adresses);

/// <summary>
/// What the rare-cell rule did (methodologie.md, "Cellules rares"): its threshold k and how many rows
/// it published with a coarser place or without their sector.
/// </summary>
public sealed record ExportGeneralisations(
    [property: JsonPropertyName("seuil")] int Seuil,
    [property: JsonPropertyName("communeVersDepartement")] long CommuneVersDepartement,
    [property: JsonPropertyName("versRegion")] long VersRegion,
    [property: JsonPropertyName("secteurRetire")] long SecteurRetire);

/// <summary>
/// manifeste.json, written last in an export's folder: what the export is (date, the change-log
/// sequence its one read of the base was consistent with, number of offers) and its files.
/// </summary>
public sealed record ExportManifest(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("date")] DateTimeOffset Date,
    [property: JsonPropertyName("sequence")] long Sequence,
    [property: JsonPropertyName("offres")] long Offres,
    [property: JsonPropertyName("fichiers")] IReadOnlyList<ExportFile> Fichiers,
    [property: JsonPropertyName("remplacements")] ExportReplacements Remplacements,
    // Null in the manifests of exports taken before the rule existed.
    [property: JsonPropertyName("generalisations")] ExportGeneralisations? Generalisations)
{
    public const string FileName = "manifeste.json";

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public ExportFile File(string name) => Fichiers.First(f => f.Nom == name);
}
