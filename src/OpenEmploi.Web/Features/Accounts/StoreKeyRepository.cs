using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Web.Features.Accounts;

/// <summary>
/// Data Protection keys in the base rather than in a folder of one machine: a sign-in cookie or an
/// antiforgery token issued by one node is read by every other. The keys are stored unencrypted,
/// like the token signing key: whoever reads the base can read them, so the base is what to protect.
/// </summary>
internal sealed class StoreKeyRepository(IKeyRingStore store) : IXmlRepository
{
    // IXmlRepository is synchronous. Data Protection calls it when it loads or renews the key ring
    // (at the first protected request, then about once a day), never on each request: blocking
    // there is the price of sharing keys through the store, paid rarely.
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. store.ReadKeysAsync().GetAwaiter().GetResult().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        store.AddKeyAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
    }
}
