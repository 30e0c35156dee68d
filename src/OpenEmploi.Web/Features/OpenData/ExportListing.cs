using System.Text.Json.Serialization;
using OpenEmploi.OpenData.Publishing;

namespace OpenEmploi.Web.Features.OpenData;

/// <summary>GET /donnees/offres/exports: the downloadable exports, newest first, with their files' URLs.</summary>
internal sealed record ExportListing(
    [property: JsonPropertyName("dernier")] ExportLinks? Dernier,
    [property: JsonPropertyName("exports")] IReadOnlyList<ExportEntry> Exports);

internal sealed record ExportLinks(
    [property: JsonPropertyName("csv")] string Csv,
    [property: JsonPropertyName("jsonl")] string JsonLines,
    [property: JsonPropertyName("dictionnaire")] string Dictionnaire,
    [property: JsonPropertyName("methodologie")] string Methodologie);

internal sealed record ExportEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("date")] DateTimeOffset Date,
    [property: JsonPropertyName("sequence")] long Sequence,
    [property: JsonPropertyName("offres")] long Offres,
    [property: JsonPropertyName("fichiers")] IReadOnlyList<ExportFileEntry> Fichiers,
    [property: JsonPropertyName("remplacements")] ExportReplacements Remplacements,
    [property: JsonPropertyName("generalisations")] ExportGeneralisations? Generalisations);

internal sealed record ExportFileEntry(
    [property: JsonPropertyName("nom")] string Nom,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("taille")] long Taille,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("url")] string Url);
