using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Storage.Statistics;

/// <summary>The published statistics of one base (schema 14), holding its connection pool until disposed.</summary>
public interface IPublishedStatisticsStore : IPublishedStatistics, IAsyncDisposable;

public static class PublishedStatisticsStoreFactory
{
    /// <summary>Opens the published statistics of a base without touching its schema (migrate it through the offer store first).</summary>
    public static IPublishedStatisticsStore Open(StoreLocation location) =>
        new SqlPublishedStatistics(OffreStoreFactory.CreateDialect(location));
}
