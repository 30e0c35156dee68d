namespace OpenEmploi.Storage.CompanyFinder;

public static class CompanyFinderStoreFactory
{
    /// <summary>Opens the company finder's store of a base without touching its schema (migrate it through the offer store first).</summary>
    public static ICompanyFinderStore Open(StoreLocation location, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new SqlCompanyFinderStore(OffreStoreFactory.CreateDialect(location), time);
    }
}
