namespace OpenEmploi.Storage.Ingestion;

public static class IngestionStoreFactory
{
    /// <summary>Opens the ingestion store of a base without touching its schema (migrate it through the offer store first).</summary>
    public static IIngestionStore Open(StoreLocation location, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new SqlIngestionStore(OffreStoreFactory.CreateDialect(location), location, time);
    }
}
