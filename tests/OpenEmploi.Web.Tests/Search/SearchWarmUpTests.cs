using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Query;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using OpenEmploi.Web.Features.OffresApi.Parameters;
using OpenEmploi.Web.Features.Search;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Search;

/// <summary>The searches a node runs through its new index before it takes traffic.</summary>
public sealed class SearchWarmUpTests(TestStores stores) : IClassFixture<TestStores>
{
    [Fact]
    public void Every_departement_is_searched_by_code_and_around_its_chef_lieu_with_the_api_facets()
    {
        var reference = ReferenceData.LoadDefault();
        var queries = SearchWarmUp.Queries(reference).ToList();

        foreach (var departement in reference.Geographie.Departements)
        {
            Assert.Contains(queries, query => query.Departements.SequenceEqual([departement.Code]));
            Assert.Contains(queries, query => query.Communes.SequenceEqual([departement.CodeCommuneChefLieu]) && query.Sort == SearchSort.Distance);
        }
        // Radius queries are what build each segment's commune boxes; keywords take the scoring path.
        Assert.Contains(queries, query => query.CodesRome.Count == 1);
        Assert.Contains(queries, query => query.Keywords.Count == 1 && query.Sort == SearchSort.Relevance);
        Assert.All(queries, query => Assert.Equal(4, query.Facets.Count));
    }

    [Fact]
    public async Task A_warm_up_runs_every_query_of_its_rounds_and_stops_at_its_time_budget()
    {
        var location = await stores.CreateMigratedLocationAsync(StoreKind.Sqlite);
        await using var platform = await RunningPlatform.StartAsync(location.Setting, demoOffers: 200);
        var engine = platform.Services.GetRequiredService<SearchIndexHolder>().Engine;
        var reference = platform.Services.GetRequiredService<ReferenceData>();
        var perRound = SearchWarmUp.Queries(reference).Count();
        var now = DateTime.UnixEpoch.AddYears(56);

        Assert.Equal(2 * perRound, SearchWarmUp.Run(engine, reference, now, TimeSpan.FromMinutes(5), rounds: 2));
        Assert.Equal(0, SearchWarmUp.Run(engine, reference, now, TimeSpan.FromTicks(-1)));
    }

    [Fact]
    public async Task The_response_warm_up_sends_only_queries_the_api_accepts_and_writes_an_answer_for_each_search_with_results()
    {
        var location = await stores.CreateMigratedLocationAsync(StoreKind.Sqlite);
        await using var platform = await RunningPlatform.StartAsync(location.Setting, demoOffers: 300);
        var engine = platform.Services.GetRequiredService<SearchIndexHolder>().Engine;
        var reference = platform.Services.GetRequiredService<ReferenceData>();
        var parser = platform.Services.GetRequiredService<SearchParametersParser>();
        var store = platform.Services.GetRequiredService<IOffreStore>();
        var now = platform.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

        var queryStrings = ResponseWarmUp.QueryStrings(reference).ToList();
        // A query the parser refused would warm the error path instead and stop the node's start.
        Assert.All(queryStrings, queryString => Assert.Null(parser.Parse(new QueryCollection(QueryHelpers.ParseQuery(queryString))).Error));
        Assert.Contains(queryStrings, queryString => queryString.Contains("range=0-149", StringComparison.Ordinal));
        var withResults = queryStrings.Count(queryString =>
            engine.Search(parser.Parse(new QueryCollection(QueryHelpers.ParseQuery(queryString))).Query!, now).Ids.Count > 0);
        Assert.True(withResults > 0, "the demo base should answer some of the warm-up's queries");

        Assert.Equal(withResults, await ResponseWarmUp.RunAsync(engine, parser, store, new ResultDocumentCache(0), reference, now, TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.Equal(0, await ResponseWarmUp.RunAsync(engine, parser, store, new ResultDocumentCache(0), reference, now, TimeSpan.FromTicks(-1), CancellationToken.None));
    }
}
