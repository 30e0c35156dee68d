namespace OpenEmploi.Storage.Applications;

public static class ApplicationStoreFactory
{
    /// <summary>
    /// Opens the application store of a base without touching its schema (migrate it through the
    /// offer store first). The store is <see cref="IAsyncDisposable"/>: a DI container disposes it,
    /// other owners should.
    /// </summary>
    public static IApplicationStore Open(StoreLocation location, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new SqlApplicationStore(OffreStoreFactory.CreateDialect(location), time);
    }
}
