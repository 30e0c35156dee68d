using OpenEmploi.Core.Statistics;
using OpenEmploi.Storage.Statistics;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Statistics;

public sealed class RegisteredOfferCollectorTests(TestStores stores) : StoreTestBase(stores)
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 12, 31);

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Each_created_offer_becomes_one_fact_that_outlives_the_offer(StoreKind kind)
    {
        var (offres, location) = await OpenWithLocationAsync(kind);
        await using var _ = offres;
        await using var inputs = StatisticsInputStoreFactory.Open(location);
        var collector = new RegisteredOfferCollector(offres, inputs);
        await offres.BulkInsertAsync([TestOffres.Entry(1), TestOffres.Entry(2), TestOffres.Entry(3, source: "PARTNER", sourceId: "P-3")]);

        var first = await collector.CollectAsync();

        Assert.Equal((3L, 3L, 0L), (first.Created, first.Added, first.FromTombstones));
        var facts = await inputs.ReadRegisteredOffersAsync(From, To).ToListAsync();
        var fact = facts.Single(f => f.OfferId == TestOffres.Id(1));
        var offre = TestOffres.Entry(1).Offre;
        Assert.Equal(new RegisteredOffer(offre.Id, DateOnly.FromDateTime(offre.DateCreation), offre.RomeCode, "62.01Z", offre.LieuTravail!.Commune,
            "69", offre.TypeContrat!, offre.TypeContrat == "CDI", true, OfferOrigin.Employer), fact);

        // Updates and deletions add nothing; a second run has nothing to do; the facts stay.
        await offres.UpsertAsync(TestOffres.Entry(2, version: 2));
        Assert.True(await offres.DeleteAsync(TestOffres.Id(1)));
        var second = await collector.CollectAsync();
        Assert.Equal((0L, 0L), (second.Created, second.Added));
        Assert.Equal(await offres.GetLastSequenceAsync(), second.LastSequence);
        Assert.Equal(facts, await inputs.ReadRegisteredOffersAsync(From, To).ToListAsync());
        Assert.Equal(second.LastSequence.ToString(System.Globalization.CultureInfo.InvariantCulture), await offres.GetMetadataAsync(RegisteredOfferCollector.CursorKey));

        // Replacing the generated inputs keeps the collected facts.
        await inputs.ReplaceAllAsync(new StatisticsInputStreams([], [], [], [], [], []));
        Assert.Equal(3, (await inputs.CountAsync()).Offers);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task An_offer_deleted_before_collection_is_counted_from_its_tombstone_and_a_lost_cursor_adds_nothing_twice(StoreKind kind)
    {
        var (offres, location) = await OpenWithLocationAsync(kind);
        await using var _ = offres;
        await using var inputs = StatisticsInputStoreFactory.Open(location);
        await offres.BulkInsertAsync([TestOffres.Entry(4), TestOffres.Entry(5)]);
        await offres.DeleteAsync(TestOffres.Id(5));

        var result = await new RegisteredOfferCollector(offres, inputs).CollectAsync();

        Assert.Equal((2L, 2L, 1L), (result.Created, result.Added, result.FromTombstones));
        var gone = (await inputs.ReadRegisteredOffersAsync(From, To).ToListAsync()).Single(f => f.OfferId == TestOffres.Id(5));
        Assert.Equal((RegisteredOfferFacts.UnknownContract, "J1501", "75"), (gone.Contract, gone.Rome, gone.Departement));

        // A run that starts over (cursor lost, or cut short before saving it) adds each fact once only.
        await offres.SetMetadataAsync(RegisteredOfferCollector.CursorKey, "0");
        var again = await new RegisteredOfferCollector(offres, inputs).CollectAsync();
        Assert.Equal((2L, 0L), (again.Created, again.Added));
        Assert.Equal(2, (await inputs.CountAsync()).Offers);
    }

    [Fact]
    public void Durable_means_a_cdi_or_a_cdd_of_more_than_six_months()
    {
        Assert.True(RegisteredOfferFacts.IsDurable("CDI", "Contrat à durée indéterminée"));
        Assert.True(RegisteredOfferFacts.IsDurable("CDD", "CDD - 12 Mois"));
        Assert.False(RegisteredOfferFacts.IsDurable("CDD", "CDD - 6 Mois"));
        Assert.False(RegisteredOfferFacts.IsDurable("CDD", "CDD - 20 Jour(s)"));
        Assert.False(RegisteredOfferFacts.IsDurable("MIS", "Mission intérimaire - 12 Mois"));
        Assert.Equal("971", RegisteredOfferFacts.DepartementOf("97105", null));
        Assert.Equal("2A", RegisteredOfferFacts.DepartementOf("2A004", null));
        Assert.Equal("33", RegisteredOfferFacts.DepartementOf(null, "33 - Gironde"));
    }
}
