using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Search.Facts;
using OpenEmploi.Search.Index;
using OpenEmploi.Search.Query;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using static OpenEmploi.Search.Tests.Index.TestIndexes;

namespace OpenEmploi.Search.Tests.Index;

public sealed class ConcurrencyTests(TestStores stores) : IClassFixture<TestStores>
{
    [Fact]
    public async Task Searches_stay_consistent_while_updates_and_merges_apply()
    {
        await using var store = await stores.OpenAsync(StoreKind.Sqlite, new FakeTimeProvider(T0));
        var generator = GeneratedCorpus.Generator();
        await store.UpsertSourcesAsync(generator.Partenaires);
        await store.BulkInsertAsync(generator.Generate(0, 1000));
        using var engine = await SearchEngine.BuildAsync(store, new OffreFactsExtractor(Data), Context,
            new SearchEngineOptions { MergeThreshold = 40 }, CancellationToken.None);

        using var stop = new CancellationTokenSource();
        var searches = 0;
        var reader = Task.Run(() =>
        {
            // The bare query (cached per snapshot) and one that runs the full path, matching everything.
            var bare = new SearchQuery { End = 3149, Facets = [FacetKind.TypeContrat, FacetKind.Alternance] };
            var filtered = bare with { MinCreationDate = T0.AddYears(-10) };
            while (!stop.IsCancellationRequested)
            {
                var result = engine.Search(searches % 2 == 0 ? bare : filtered, T0);
                // The window covers everything: the snapshot's total, ids and facets must agree.
                Assert.Equal(result.Total, result.Ids.Count);
                Assert.Equal(result.Total, result.Ids.Distinct().Count());
                Assert.Equal(result.Total, result.Facets[1].Values.Sum(v => v.Count));
                Assert.Equal(result.Total, result.Facets[0].Values.Sum(v => v.Count));
                searches++;
            }
        });

        var live = 1000;
        for (var round = 0; round < 30; round++)
        {
            foreach (var entry in generator.Generate(2000 + (round * 10), 10))
                await store.UpsertAsync(entry);
            foreach (var entry in generator.Generate(round * 5, 5))
                await store.UpsertAsync(entry);
            await store.DeleteAsync(generator.IdAt(500 + round));
            live += 9;
            await engine.CatchUpAsync();
            Assert.Equal(live, engine.Current.Count);
        }
        await engine.CompleteMergeAsync();
        await stop.CancelAsync();
        await reader;
        Assert.True(searches > 0);
        Assert.Equal(live, engine.Search(new SearchQuery(), T0).Total);
    }
}
