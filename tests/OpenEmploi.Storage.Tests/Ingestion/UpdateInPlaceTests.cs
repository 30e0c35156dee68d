using Npgsql;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Ingestion;

/// <summary>
/// PostgreSQL: an import's update of an offer that keeps its indexed values must find room on the
/// offer's own page (migration 17's fill factor), so that it is a heap-only tuple: no index gets an
/// entry for the new version. With pages filled to 100 % the new version went to another page and
/// every index of offres got an entry.
/// </summary>
public sealed class UpdateInPlaceTests(TestStores stores) : StoreTestBase(stores)
{
    private const string Board = "JOBSREGION";

    [Theory, StoreData(StoreKind.Postgres)]
    public async Task An_offer_updated_with_the_same_indexed_values_keeps_its_page(StoreKind kind)
    {
        var (store, location) = await OpenWithLocationAsync(kind);
        await using var _ = store;
        await using var ingestion = IngestionStoreFactory.Open(location, Time);
        var first = new IngestionBatch();
        foreach (var i in Enumerable.Range(1, 60))
            first.Upserts.Add(TestOffres.Entry(i, Board, "S" + i));
        first.PrepareUpserts();
        await ingestion.ApplyBatchAsync(first);
        var pages = await PagesAsync(location);
        // The first page was filled as far as inserts fill a page: the offers did not all fit on it.
        Assert.True(pages.Values.Max() >= 1, "the offers should span several pages");
        var onFirstPage = pages.Where(p => p.Value == 0).Select(p => p.Key).Order(StringComparer.Ordinal).First();
        var n = Enumerable.Range(1, 60).Single(i => TestOffres.Id(i) == onFirstPage);

        var second = new IngestionBatch();
        second.Upserts.Add(TestOffres.Entry(n, Board, "S" + n, version: 2));
        second.PrepareUpserts();
        Assert.Equal(new BatchOutcome(0, 1, 0), await ingestion.ApplyBatchAsync(second));

        Assert.Contains("(v2)", (await store.GetAsync(onFirstPage))!.Intitule, StringComparison.Ordinal);
        Assert.Equal(0, (await PagesAsync(location))[onFirstPage]);
    }

    /// <summary>The heap page of each offer's live version.</summary>
    private static async Task<Dictionary<string, int>> PagesAsync(StoreLocation location)
    {
        await using var connection = new NpgsqlConnection(location.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, (ctid::text::point)[0]::integer FROM offres", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
            pages[reader.GetString(0)] = reader.GetInt32(1);
        return pages;
    }
}
