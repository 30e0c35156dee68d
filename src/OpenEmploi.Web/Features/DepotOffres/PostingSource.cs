using System.Security.Cryptography;
using System.Text;

namespace OpenEmploi.Web.Features.DepotOffres;

/// <summary>
/// Each application posts under its own source: "API_" + its name's slug as the client id carries
/// it + "_" + 10 hex digits of the client id's SHA-256. Derived, so every node agrees without a
/// lookup; at most 35 characters, the limit of a source code being 40.
/// </summary>
internal static class PostingSource
{
    public static string CodeOf(string clientId)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        // "PAR_<slug>_<random>": the slug is what the operator recognises.
        var parts = clientId.Split('_');
        var slug = parts.Length >= 3 ? parts[1] : "";
        var clean = new string([.. slug.Where(char.IsAsciiLetterOrDigit).Take(20)]).ToUpperInvariant();
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(clientId)))[..10];
        return clean.Length == 0 ? "API_" + hash : $"API_{clean}_{hash}";
    }
}
