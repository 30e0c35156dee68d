namespace OpenEmploi.Storage.Statistics;

/// <summary>Opens the statistical inputs of a base, like the developer platform's stores.</summary>
public static class StatisticsInputStoreFactory
{
    /// <summary>
    /// Opens the inputs of a base without touching its schema (migrate it through the offer store
    /// first). <paramref name="batchSize"/>: rows per transaction when appending; <paramref name="time"/>
    /// dates the mark of an unfinished load.
    /// </summary>
    public static IStatisticsInputStore Open(StoreLocation location, int batchSize = 50_000, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return new SqlStatisticsInputStore(OffreStoreFactory.CreateDialect(location), batchSize, time ?? TimeProvider.System);
    }
}
