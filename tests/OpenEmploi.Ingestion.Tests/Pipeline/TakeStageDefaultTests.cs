using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Storage;

namespace OpenEmploi.Ingestion.Tests.Pipeline;

/// <summary>
/// Where batches are taken by default: ahead on SQLite, inline on PostgreSQL (docs/ingestion.md,
/// "Throughput": measured pairs on each store); an explicit setting wins on either.
/// </summary>
public sealed class TakeStageDefaultTests
{
    [Fact]
    public void Batches_are_taken_ahead_on_SQLite_and_inline_on_PostgreSQL_unless_told()
    {
        var byStore = new IngestionOptions();
        Assert.True(byStore.TakesAhead(StoreKind.Sqlite));
        Assert.False(byStore.TakesAhead(StoreKind.Postgres));

        foreach (var store in new[] { StoreKind.Sqlite, StoreKind.Postgres })
        {
            Assert.True(new IngestionOptions { TakeAhead = true }.TakesAhead(store));
            Assert.False(new IngestionOptions { TakeAhead = false }.TakesAhead(store));
        }
    }
}
