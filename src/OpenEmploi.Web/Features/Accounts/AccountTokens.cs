using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.Accounts;

/// <summary>What an e-mailed link is for; a link made for one purpose is worthless for another.</summary>
internal enum AccountTokenPurpose
{
    ConfirmEmail,
    ResetPassword,
}

internal enum AccountTokenCheck
{
    Valid,
    Invalid,
    Expired,
}

/// <summary>
/// The tokens of e-mailed links: "{payload}.{HMAC-SHA256}" in base64url, the payload naming the
/// purpose, the account, what the token is bound to (the address to confirm; the security stamp a
/// reset must find unchanged, which makes it single-use) and the expiry. Nothing is stored: every
/// node checks them with a key derived from the store's token signing key.
/// </summary>
internal sealed class AccountTokens(TokenSigningKey signingKey, [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    private static readonly byte[] KeyInfo = Encoding.ASCII.GetBytes("openemploi/account-links/v1");

    // Derived, so that a link key can never sign an access token and the reverse.
    private byte[] Key => _key ??= HKDF.DeriveKey(HashAlgorithmName.SHA256, signingKey.Bytes, 32, salt: [], info: KeyInfo);

    private byte[]? _key;

    public string Issue(AccountTokenPurpose purpose, string accountId, string binding, TimeSpan lifetime)
    {
        var expires = (clock.GetUtcNow() + lifetime).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', Name(purpose), accountId, binding, expires.ToString(CultureInfo.InvariantCulture)));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(Key, payload));
    }

    /// <summary>
    /// Checks the signature first, then the purpose and the expiry: a forged or altered token is
    /// Invalid whatever its dates say. On Valid or Expired, the account id and binding are given.
    /// </summary>
    public AccountTokenCheck Read(string? token, AccountTokenPurpose purpose, out string accountId, out string binding, out DateTimeOffset expiresAt)
    {
        accountId = binding = "";
        expiresAt = default;
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0 || token.Length > 2048)
            return AccountTokenCheck.Invalid;
        byte[] payload;
        byte[] mac;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            mac = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return AccountTokenCheck.Invalid;
        }
        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(Key, payload), mac))
            return AccountTokenCheck.Invalid;
        var parts = Encoding.UTF8.GetString(payload).Split('\n');
        if (parts.Length != 4 || parts[0] != Name(purpose)
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return AccountTokenCheck.Invalid;
        }
        (accountId, binding, expiresAt) = (parts[1], parts[2], DateTimeOffset.FromUnixTimeSeconds(expires));
        return expiresAt <= clock.GetUtcNow() ? AccountTokenCheck.Expired : AccountTokenCheck.Valid;
    }

    private static string Name(AccountTokenPurpose purpose) => purpose switch
    {
        AccountTokenPurpose.ConfirmEmail => "confirm",
        AccountTokenPurpose.ResetPassword => "reset",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };
}
