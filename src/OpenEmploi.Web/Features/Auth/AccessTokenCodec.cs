using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OpenEmploi.Web.Features.Auth;

/// <summary>What a valid access token says: which application, which scopes, until when.</summary>
internal sealed record AccessTokenClaims(string ClientId, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt);

/// <summary>
/// Self-contained access tokens: "oe1.{payload}.{HMAC-SHA256}", base64url. Any node holding the
/// store's signing key validates them without a lookup, and they survive restarts. What a token
/// cannot say (the application was suspended since) is checked against the application directory.
/// </summary>
internal sealed class AccessTokenCodec(TokenSigningKey key, TimeProvider time)
{
    /// <summary>The contract's lifetime: 1499 s, about 25 minutes.</summary>
    public const int LifetimeSeconds = 1499;

    private const string Prefix = "oe1.";

    public string Issue(string clientId, IReadOnlyList<string> scopes)
    {
        var expires = time.GetUtcNow().ToUnixTimeSeconds() + LifetimeSeconds;
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', clientId, string.Join(' ', scopes), expires.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var mac = HMACSHA256.HashData(key.Bytes, payload);
        return string.Concat(Prefix, Base64Url.EncodeToString(payload), ".", Base64Url.EncodeToString(mac));
    }

    public bool TryRead(string token, out AccessTokenClaims claims)
    {
        claims = null!;
        if (!token.StartsWith(Prefix, StringComparison.Ordinal))
            return false;
        var body = token.AsSpan(Prefix.Length);
        var dot = body.IndexOf('.');
        if (dot <= 0 || body.Length - dot - 1 > 64 || dot > 4096)
            return false;
        byte[] payload;
        Span<byte> mac = stackalloc byte[48];
        try
        {
            payload = Base64Url.DecodeFromChars(body[..dot]);
            if (!Base64Url.TryDecodeFromChars(body[(dot + 1)..], mac, out var macLength) || macLength != HMACSHA256.HashSizeInBytes)
                return false;
            mac = mac[..macLength];
        }
        catch (FormatException)
        {
            return false;
        }
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key.Bytes, payload, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, mac))
            return false;

        var parts = Encoding.UTF8.GetString(payload).Split('\n');
        if (parts.Length != 3 || !long.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var expires))
            return false;
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(expires);
        if (expiresAt <= time.GetUtcNow())
            return false;
        claims = new AccessTokenClaims(parts[0], parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), expiresAt);
        return true;
    }
}

/// <summary>The store's token signing key, read once at start-up (identical on every node).</summary>
internal sealed class TokenSigningKey
{
    private byte[]? _bytes;

    public byte[] Bytes => _bytes ?? throw new InvalidOperationException("La clé de signature des jetons n'est pas encore chargée.");

    internal void Set(byte[] bytes) => _bytes = bytes;
}
