using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using OpenEmploi.OpenData.Publishing;
using OpenEmploi.Web.Features.Attribution;

namespace OpenEmploi.Web.Features.OpenData;

/// <summary>
/// The public downloads, without token: the latest export's files at stable URLs, every kept
/// export's files at dated URLs, and the listing. Files are served by ASP.NET Core's physical-file
/// result: Range requests, ETag (the file's SHA-256) and If-None-Match come with it. A dated URL
/// never changes content (cached a year); a "latest" URL must be revalidated.
/// </summary>
internal static class OpenDataEndpoints
{
    public const string Prefix = "/donnees/offres";

    public static JsonHttpResult<ExportListing> List(HttpContext http, ExportDirectory directory, PublicUrls urls)
    {
        var root = urls.BaseOf(http.Request) + Prefix;
        var exports = directory.List();
        var entries = exports.Select(e => new ExportEntry(e.Manifest.Id, e.Manifest.Date, e.Manifest.Sequence, e.Manifest.Offres,
            [.. e.Manifest.Fichiers.Select(f => new ExportFileEntry(f.Nom, f.Format, f.Taille, f.Sha256, $"{root}/exports/{e.Manifest.Id}/{f.Nom}"))],
            e.Manifest.Remplacements, e.Manifest.Generalisations)).ToList();
        var latest = exports.Count == 0 ? null
            : new ExportLinks($"{root}/latest.csv.gz", $"{root}/latest.jsonl.gz", $"{root}/dictionnaire", $"{root}/methodologie");
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Json(new ExportListing(latest, entries));
    }

    public static Results<PhysicalFileHttpResult, ProblemHttpResult> Latest(HttpContext http, ExportDirectory directory, string fileName)
    {
        var latest = directory.Latest();
        if (latest is null)
            return NoExportYet();
        http.Response.Headers.CacheControl = "no-cache";
        return Serve(latest, fileName, downloadName: DatedName(latest, fileName));
    }

    public static Results<PhysicalFileHttpResult, ProblemHttpResult> Dated(HttpContext http, ExportDirectory directory, string id, string file)
    {
        var export = directory.Find(id);
        if (export is null || !ExportFileNames.ContentTypes.ContainsKey(file))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Export inconnu",
                detail: $"Aucun fichier {file} pour l'export {id} : voir {Prefix}/exports.");
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return Serve(export, file, downloadName: DatedName(export, file));
    }

    private static PhysicalFileHttpResult Serve(PublishedExport export, string fileName, string downloadName)
    {
        var path = export.PathOf(fileName);
        var described = export.Manifest.Fichiers.FirstOrDefault(f => f.Nom == fileName);
        // The manifest's checksum is the strong validator; SHA256SUMS and the manifest itself are small and unlisted.
        var tag = new EntityTagHeaderValue($"\"{described?.Sha256 ?? export.Manifest.Id + "-" + fileName}\"");
        var inline = fileName is ExportFileNames.Dictionary or ExportFileNames.Methodology;
        return TypedResults.PhysicalFile(path, ExportFileNames.ContentTypes[fileName],
            fileDownloadName: inline ? null : downloadName,
            lastModified: export.Manifest.Date, entityTag: tag, enableRangeProcessing: true);
    }

    // "offres.csv.gz" of export 2026-11-29T031500Z is saved as "offres-emploi-2026-11-29T031500Z.csv.gz".
    private static string DatedName(PublishedExport export, string fileName) =>
        fileName.StartsWith("offres.", StringComparison.Ordinal)
            ? string.Concat("offres-emploi-", export.Manifest.Id, fileName.AsSpan("offres".Length))
            : fileName;

    private static ProblemHttpResult NoExportYet() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "Aucun export publié", detail: "Le premier export du jeu de données ouvert n'est pas encore publié ; réessayez plus tard.");
}
