using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Applications;

/// <summary>Tokens signed by one node must be valid on every node and after a restart: one key per base.</summary>
public sealed class SigningKeyTests(TestStores stores) : ApplicationStoreTestBase(stores)
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_key_is_created_once_then_the_same_for_every_store_on_the_base(StoreKind kind)
    {
        var (store, location) = await OpenApplicationsAsync(kind);

        var first = await store.GetOrCreateSigningKeyAsync();
        var again = await store.GetOrCreateSigningKeyAsync();
        var restarted = await OpenApplications(location).GetOrCreateSigningKeyAsync();
        var (elsewhere, _) = await OpenApplicationsAsync(kind);

        Assert.Equal(32, first.Length);
        Assert.Contains(first, b => b != 0);
        Assert.Equal(first, again);
        Assert.Equal(first, restarted);
        Assert.NotEqual(first, await elsewhere.GetOrCreateSigningKeyAsync());
        Assert.Equal(1, await ScalarAsync(location, "SELECT count(*) FROM api_signing_keys"));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Nodes_starting_together_on_a_new_base_agree_on_one_key(StoreKind kind)
    {
        var (_, location) = await OpenApplicationsAsync(kind);
        var nodes = Enumerable.Range(0, 8).Select(_ => OpenApplications(location)).ToList();

        var keys = await Task.WhenAll(nodes.Select(node => Task.Run(() => node.GetOrCreateSigningKeyAsync())));

        Assert.All(keys, key => Assert.Equal(keys[0], key));
        Assert.Equal(1, await ScalarAsync(location, "SELECT count(*) FROM api_signing_keys"));
    }

    [Fact]
    public async Task Changing_a_returned_key_does_not_change_the_next_one()
    {
        var (store, _) = await OpenApplicationsAsync(StoreKind.Sqlite);
        var key = await store.GetOrCreateSigningKeyAsync();
        var copy = key.ToArray();

        key[0] ^= 0xFF;

        Assert.Equal(copy, await store.GetOrCreateSigningKeyAsync());
    }
}
