namespace OpenEmploi.Web.Features.ServicesCatalogue;

/// <summary>The services catalogue's pages.</summary>
public static class ServiceLinks
{
    public const string Catalogue = "/services";
    public const string Submit = "/services/proposer";
    public const string Queue = "/operateur/services";
}
