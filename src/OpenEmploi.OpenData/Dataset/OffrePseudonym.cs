using System.Security.Cryptography;
using System.Text;
using OpenEmploi.Storage;

namespace OpenEmploi.OpenData.Dataset;

/// <summary>
/// The dataset's offer identifier: a keyed hash (HMAC-SHA256, 16 hex digits) of the offer's id.
/// The same offer has the same pseudonym in every export, so analysts can follow it from day to
/// day; without the key nobody can go back to the offer's id, hence to the offers API, which shows
/// the employer. The key is drawn once and kept in the store (store_metadata), so that the server's
/// exports and `openemploi export` agree; losing it only changes every pseudonym.
/// </summary>
public sealed class OffrePseudonym
{
    internal const string MetadataKey = "opendata.pseudonym_key";

    private readonly byte[] _key;

    public OffrePseudonym(byte[] key)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(key.Length, 16);
        _key = key;
    }

    public static async Task<OffrePseudonym> LoadOrCreateAsync(IOffreStore store, CancellationToken ct)
    {
        var stored = await store.GetMetadataAsync(MetadataKey, ct);
        if (stored is null)
        {
            await store.SetMetadataAsync(MetadataKey, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), ct);
            // Read back: when two processes draw a key at once, both use the one that stayed.
            stored = await store.GetMetadataAsync(MetadataKey, ct)
                ?? throw new InvalidOperationException("La clé des identifiants anonymes n'a pas pu être enregistrée.");
        }
        return new OffrePseudonym(Convert.FromBase64String(stored));
    }

    public string Of(string offreId)
    {
        Span<byte> id = stackalloc byte[Encoding.UTF8.GetMaxByteCount(offreId.Length)];
        var length = Encoding.UTF8.GetBytes(offreId, id);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, id[..length], hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
