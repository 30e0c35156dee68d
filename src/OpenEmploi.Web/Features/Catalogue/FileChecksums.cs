using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace OpenEmploi.Web.Features.Catalogue;

/// <summary>
/// SHA-256 of shipped files, computed once per file (streamed, never the whole file in memory) and
/// kept while the file keeps its size and time; a replaced file is hashed again.
/// </summary>
internal sealed class FileChecksums
{
    private readonly ConcurrentDictionary<string, (long Length, DateTime Written, string Sha256)> _known = new(StringComparer.Ordinal);

    public (long Length, string Sha256) Of(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new FileNotFoundException($"Fichier du catalogue introuvable : {path}.", path);
        if (_known.TryGetValue(path, out var known) && known.Length == info.Length && known.Written == info.LastWriteTimeUtc)
            return (known.Length, known.Sha256);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        _known[path] = (info.Length, info.LastWriteTimeUtc, sha);
        return (info.Length, sha);
    }
}
