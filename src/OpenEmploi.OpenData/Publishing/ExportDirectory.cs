using System.Globalization;
using System.Text.Json;

namespace OpenEmploi.OpenData.Publishing;

/// <summary>An export that is complete and listed: its folder and its manifest.</summary>
public sealed record PublishedExport(string Folder, ExportManifest Manifest)
{
    public string PathOf(string fileName) => Path.Combine(Folder, fileName);
}

/// <summary>
/// The folder of exports. Each export is written in a draft folder (".en-cours-…", never listed)
/// and renamed to its id (its UTC time, "2026-11-29T031500Z") once every file and the manifest are
/// written: a rename within one folder is atomic, so an export is listed whole or not at all, and a
/// crash or a cancellation leaves at worst a draft, removed later. The newest listed export is "latest".
/// </summary>
public sealed class ExportDirectory
{
    private const string DraftPrefix = ".en-cours-";
    private const string IdFormat = "yyyy-MM-dd'T'HHmmss'Z'";

    public ExportDirectory(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public static string IdOf(DateTimeOffset at) => at.UtcDateTime.ToString(IdFormat, CultureInfo.InvariantCulture);

    public static bool IsId(string text) => TryParseId(text, out _);

    private static bool TryParseId(ReadOnlySpan<char> text, out DateTimeOffset at)
    {
        var ok = DateTime.TryParseExact(text, IdFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed);
        at = ok ? new DateTimeOffset(parsed, TimeSpan.Zero) : default;
        return ok;
    }

    /// <summary>A new, empty draft folder for an export taken at <paramref name="at"/>.</summary>
    public string BeginDraft(DateTimeOffset at)
    {
        Directory.CreateDirectory(Root);
        var draft = Path.Combine(Root, string.Concat(DraftPrefix, IdOf(at), "-", Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(draft);
        return draft;
    }

    /// <summary>Lists the draft under its id; fails when an export of the same second exists.</summary>
    public PublishedExport Publish(string draft, ExportManifest manifest)
    {
        var target = Path.Combine(Root, manifest.Id);
        if (Directory.Exists(target))
            throw new IOException($"Un export {manifest.Id} existe déjà dans {Root}.");
        Directory.Move(draft, target);
        return new PublishedExport(target, manifest);
    }

    public static void Discard(string draft)
    {
        try
        {
            if (Directory.Exists(draft))
                Directory.Delete(draft, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next pruning: a draft is never listed.
        }
    }

    /// <summary>The complete exports, newest first.</summary>
    public IReadOnlyList<PublishedExport> List()
    {
        if (!Directory.Exists(Root))
            return [];
        var exports = new List<PublishedExport>();
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            var name = Path.GetFileName(folder);
            if (!IsId(name))
                continue;
            var manifest = ReadManifest(folder);
            if (manifest is not null && manifest.Id == name)
                exports.Add(new PublishedExport(folder, manifest));
        }
        exports.Sort((a, b) => string.CompareOrdinal(b.Manifest.Id, a.Manifest.Id));
        return exports;
    }

    public PublishedExport? Latest() => List() is [var newest, ..] ? newest : null;

    public PublishedExport? Find(string id) => IsId(id) ? List().FirstOrDefault(e => e.Manifest.Id == id) : null;

    /// <summary>
    /// Deletes the exports older than <paramref name="retention"/>, always keeping the newest, and
    /// drafts older than <paramref name="draftAge"/> (a younger one may be another process's export
    /// in progress). Returns the ids of the deleted exports.
    /// </summary>
    public IReadOnlyList<string> Prune(DateTimeOffset now, TimeSpan retention, TimeSpan draftAge)
    {
        var deleted = new List<string>();
        var exports = List();
        for (var i = 1; i < exports.Count; i++)
        {
            if (exports[i].Manifest.Date >= now - retention)
                continue;
            Directory.Delete(exports[i].Folder, recursive: true);
            deleted.Add(exports[i].Manifest.Id);
        }
        if (Directory.Exists(Root))
        {
            foreach (var folder in Directory.EnumerateDirectories(Root, DraftPrefix + "*"))
            {
                // The draft's name carries the time its export began: ".en-cours-2026-11-29T031500Z-<guid>".
                var name = Path.GetFileName(folder).AsSpan(DraftPrefix.Length);
                var dash = name.LastIndexOf('-');
                if (dash > 0 && TryParseId(name[..dash], out var began) && began < now - draftAge)
                    Discard(folder);
            }
        }
        return deleted;
    }

    private static ExportManifest? ReadManifest(string folder)
    {
        var path = Path.Combine(folder, ExportManifest.FileName);
        if (!File.Exists(path))
            return null;
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<ExportManifest>(stream, ExportManifest.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
