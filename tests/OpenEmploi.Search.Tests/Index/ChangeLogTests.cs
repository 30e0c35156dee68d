using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Core.Offres;
using OpenEmploi.Search.Facts;
using OpenEmploi.Search.Index;
using OpenEmploi.Search.Query;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using static OpenEmploi.Search.Tests.Index.TestIndexes;

namespace OpenEmploi.Search.Tests.Index;

/// <summary>The engine follows a real SQLite store's change log.</summary>
public sealed class ChangeLogTests(TestStores stores) : IClassFixture<TestStores>
{
    private static readonly FacetKind[] AllFacets = Enum.GetValues<FacetKind>();

    private async Task<IOffreStore> SeededStoreAsync(int count)
    {
        var store = await stores.OpenAsync(StoreKind.Sqlite, new FakeTimeProvider(T0));
        var generator = GeneratedCorpus.Generator();
        await store.UpsertSourcesAsync(generator.Partenaires);
        await store.BulkInsertAsync(generator.Generate(0, count));
        return store;
    }

    private static Task<SearchEngine> EngineAsync(IOffreStore store, int mergeThreshold = 10_000) =>
        SearchEngine.BuildAsync(store, new OffreFactsExtractor(Data), Context,
            new SearchEngineOptions { MergeThreshold = mergeThreshold, BuildParallelism = 2 }, CancellationToken.None);

    private static OffreEntry NewEntry(long index) => GeneratedCorpus.Generator().Generate(index, 1).Single();

    // The offers API's four facets: counted through the combined column alone (FacetCombos).
    private static readonly FacetKind[] ApiFacets = [FacetKind.TypeContrat, FacetKind.Experience, FacetKind.Qualification, FacetKind.NatureContrat];

    private static SearchResult Everything(SearchEngine engine, SearchQuery? q = null, FacetKind[]? facets = null) =>
        engine.Search((q ?? new SearchQuery()) with { End = 3149, Facets = facets ?? AllFacets }, T0);

    [Fact]
    public async Task Created_updated_and_deleted_offers_are_searchable_after_catch_up()
    {
        await using var store = await SeededStoreAsync(300);
        using var engine = await EngineAsync(store);
        Assert.Equal(300, engine.Current.Count);
        Assert.Equal(0, await engine.CatchUpAsync());

        var created = NewEntry(1000);
        await store.UpsertAsync(created);
        Assert.False(engine.Current.Contains(created.Id));
        Assert.Equal(1, await engine.CatchUpAsync());
        Assert.True(engine.Current.Contains(created.Id));
        Assert.Contains(created.Id, Everything(engine, new SearchQuery { CodesRome = [created.Offre.RomeCode!] }).Ids);

        var updated = NewEntry(5);
        updated.Offre.TypeContrat = "XYZ";
        updated.Offre.Intitule = "Cueilleur de framboises";
        await store.UpsertAsync(updated);
        await engine.CatchUpAsync();
        Assert.Equal([updated.Id], Everything(engine, new SearchQuery { TypesContrat = ["XYZ"] }).Ids);
        Assert.Equal([updated.Id], Everything(engine, new SearchQuery { Keywords = ["framboises"] }).Ids);
        Assert.Contains(new FacetValue("XYZ", 1), Everything(engine).Facets[0].Values);

        // Store columns the wire document does not carry survive an update: the follower reads
        // the entry, not just the document.
        var recoded = NewEntry(9) with { Source = "PARTENAIREX", AppellationCode = "10200" };
        await store.UpsertAsync(recoded);
        await engine.CatchUpAsync();
        Assert.Equal([recoded.Id], Everything(engine, new SearchQuery { Appellation = "10200" }).Ids);
        Assert.Equal([recoded.Id], Everything(engine, new SearchQuery { Partenaires = ["PARTENAIREX"] }).Ids);

        var deleted = NewEntry(7).Id;
        await store.DeleteAsync(deleted);
        await engine.CatchUpAsync();
        Assert.False(engine.Current.Contains(deleted));
        Assert.DoesNotContain(deleted, Everything(engine).Ids);
        Assert.Equal(300, Everything(engine).Total);

        await AssertSameAsFreshBuildAsync(store, engine);
    }

    [Fact]
    public async Task Merging_the_delta_into_the_base_keeps_every_answer()
    {
        await using var store = await SeededStoreAsync(200);
        using var engine = await EngineAsync(store, mergeThreshold: 5);
        for (var round = 0; round < 6; round++)
        {
            for (var i = 0; i < 4; i++)
            {
                var n = (round * 10) + i;
                var entry = NewEntry(n);
                entry.Offre.Intitule = $"Intitulé révisé {round}";
                await store.UpsertAsync(entry);
                await store.UpsertAsync(NewEntry(500 + n));
            }
            await store.DeleteAsync(NewEntry(100 + round).Id);
            await engine.CatchUpAsync();
            if (round % 2 == 1)
                await engine.CompleteMergeAsync();
            await AssertSameAsFreshBuildAsync(store, engine);
        }
    }

    /// <summary>The followed engine answers as an engine built now from the store would.</summary>
    private static async Task AssertSameAsFreshBuildAsync(IOffreStore store, SearchEngine engine)
    {
        using var fresh = await EngineAsync(store);
        var sample = new OffreFactsExtractor(Data).Extract(NewEntry(11));
        SearchQuery[] queries =
        [
            new(), new() { Keywords = ["révisé"] }, new() { Keywords = ["vente"], Sort = SearchSort.Relevance },
            // Queries whose candidates all match (SegmentSearcher's plain loop): deletions still apply.
            new() { Departements = [sample.Departement!] }, new() { CodesRome = [sample.RomeCode!, "K2204"] },
            new() { OrigineOffre = 2 }, new() { Communes = ["75056"], DistanceKm = 30, Sort = SearchSort.Distance },
            .. GeneratedCorpus.Generator().Partenaires.Select(p => new SearchQuery { Partenaires = [p.Code] }),
        ];
        foreach (var (q, facets) in queries.SelectMany(q => new[] { (q, AllFacets), (q, ApiFacets) }))
        {
            var expected = Everything(fresh, q, facets);
            var actual = Everything(engine, q, facets);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Ids.Order(StringComparer.Ordinal), actual.Ids.Order(StringComparer.Ordinal));
            Assert.Equal(
                expected.Facets.Select(f => string.Join(",", f.Values)),
                actual.Facets.Select(f => string.Join(",", f.Values)));
        }
    }
}
