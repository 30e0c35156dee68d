using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpenEmploi.Storage.Applications;

/// <summary>
/// Client ids and secrets as France Travail hands them out ("PAR_monappli_" + 64 hex characters),
/// and how a secret is kept: only its hash is stored.
/// </summary>
public static class ClientCredentials
{
    private const string HashPrefix = "sha256:";
    private const int SlugLength = 20;
    private const int RandomBytes = 32;

    /// <summary>"PAR_" + the name folded to at most 20 lower-case ASCII letters and digits + "_" + 256 random bits in hex.</summary>
    public static string NewClientId(string applicationName)
    {
        ArgumentNullException.ThrowIfNull(applicationName);
        return $"PAR_{Slug(applicationName)}_{RandomHex()}";
    }

    /// <summary>256 random bits in lower-case hex.</summary>
    public static string NewSecret() => RandomHex();

    /// <summary>
    /// "sha256:" + the hex SHA-256 of the secret. A plain hash suffices because a secret is 256
    /// random bits: nobody can guess it, so there is no dictionary to slow down. A password, chosen
    /// by a person, would need a slow salted hash (PBKDF2) instead.
    /// </summary>
    public static string HashSecret(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return HashPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>True when <paramref name="secret"/> is the one <paramref name="hash"/> was made from; constant time.</summary>
    public static bool VerifySecret(string secret, string hash)
    {
        if (secret is null || hash is null || !hash.StartsWith(HashPrefix, StringComparison.Ordinal))
            return false;
        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        var status = Convert.FromHexString(hash.AsSpan(HashPrefix.Length), expected, out var consumed, out var written);
        if (status != OperationStatus.Done || consumed != hash.Length - HashPrefix.Length || written != expected.Length)
            return false;
        Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(secret), actual);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static string RandomHex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>"Mon Appli d'Emploi !" → "monapplidemploi": accents dropped, only a-z and 0-9 kept.</summary>
    private static string Slug(string name)
    {
        var slug = new StringBuilder(SlugLength);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (slug.Length == SlugLength)
                break;
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower))
                slug.Append(lower);
        }
        return slug.Length > 0 ? slug.ToString() : "app";
    }
}
