using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Search.Query;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.Search;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Search;

public sealed class SearchIndexFollowingTests(TestStores stores) : IClassFixture<TestStores>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_running_node_indexes_the_demo_data_then_follows_creations_and_deletions(StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);
        await using var platform = await RunningPlatform.StartAsync(location.Setting, demoOffers: 200);
        var engine = platform.Services.GetRequiredService<SearchIndexHolder>().Engine;
        var store = platform.Services.GetRequiredService<IOffreStore>();
        Assert.Equal(200, engine.Current.Count);

        // An offer from another seed: its id cannot collide with the demo offers'.
        var data = platform.Services.GetRequiredService<ReferenceData>();
        var extra = new OffreGenerator(data, new OffreGeneratorOptions { Seed = 9_999, Now = DateTime.UnixEpoch.AddYears(56) }).Generate(0, 1).Single();
        var byRome = new SearchQuery { CodesRome = [extra.Offre.RomeCode!], End = 3149 };

        await store.UpsertAsync(extra);
        await EventuallyAsync(() => engine.Search(byRome, TimeProvider.System.GetUtcNow().UtcDateTime).Ids.Contains(extra.Id));

        await store.DeleteAsync(extra.Id);
        await EventuallyAsync(() => !engine.Search(byRome, TimeProvider.System.GetUtcNow().UtcDateTime).Ids.Contains(extra.Id));
        Assert.Equal(200, engine.Current.Count);
    }

    // The follower polls twice a second; allow generous slack for a loaded CI machine.
    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (condition())
                return;
            await Task.Delay(100);
        }
        Assert.True(condition(), "the search index did not follow the change log within 10 s");
    }
}
