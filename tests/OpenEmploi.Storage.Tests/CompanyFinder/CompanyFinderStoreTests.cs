using OpenEmploi.CompanyFinder.Search;
using OpenEmploi.Storage.CompanyFinder;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.CompanyFinder;

public sealed class CompanyFinderStoreTests(TestStores stores) : StoreTestBase(stores)
{
    private static readonly DateOnly November = new(2026, 11, 1);

    private static ListedCompany Company(string siret, double score, bool partial = false, params (string Rome, double Score)[] occupations) =>
        new(siret, "Restaurant " + siret[^2..], partial ? null : "Chez Paul", "56.10A", "12", "69123", 45.76, 4.83, partial, score,
            occupations.ToDictionary(o => o.Rome, o => o.Score, StringComparer.Ordinal));

    private async Task<ICompanyFinderStore> OpenFinderAsync(StoreKind kind)
    {
        var location = await Stores.CreateMigratedLocationAsync(kind);
        return CompanyFinderStoreFactory.Open(location, Time);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_prediction_replaces_the_previous_one_with_scores_only(StoreKind kind)
    {
        await using var store = await OpenFinderAsync(kind);
        Assert.Null(await store.GetLatestRunAsync());

        await store.PublishPredictionAsync("ancre", November, [Company("12345678900011", 72.5, false, ("G1603", 40), ("G1803", 21.25))]);
        Time.Advance(TimeSpan.FromHours(1));
        var run = await store.PublishPredictionAsync("Poisson saisonnier", November,
            [Company("12345678900029", 55, true, ("G1602", 30)), Company("12345678900037", 80)]);

        Assert.Equal(new PredictionRun(run.Id, "Poisson saisonnier", November, Start.AddHours(1), 2), await store.GetLatestRunAsync());
        var companies = await store.ReadCompaniesAsync();
        Assert.Equal(["12345678900029", "12345678900037"], companies.Select(c => c.Siret));
        var partial = companies[0];
        Assert.True(partial.PartialDiffusion);
        Assert.Null(partial.Sign);
        Assert.Equal(55, partial.GlobalScore);
        Assert.Equal(30, partial.OccupationScores["G1602"]);
        Assert.Empty(companies[1].OccupationScores);
        Assert.Null(await store.GetCompanyAsync("12345678900011"));
        Assert.Equal(companies[0].OccupationScores, (await store.GetCompanyAsync("12345678900029"))!.OccupationScores);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_companys_controls_are_saved_replaced_and_kept_across_predictions(StoreKind kind)
    {
        await using var store = await OpenFinderAsync(kind);
        var control = new CompanyControl("12345678900011", false, true, false, "rh@exemple.fr", ["G1603"], ["G1803", "D1507"],
            [new ExtraPlace("13055", 43.2965, 5.3698, new DateOnly(2027, 6, 30))]);

        await store.SaveControlAsync(control, "operateur-1");
        var saved = await store.GetControlAsync("12345678900011");

        Assert.NotNull(saved);
        Assert.True(saved.HideAddress);
        Assert.False(saved.OptOut);
        Assert.Equal("rh@exemple.fr", saved.ContactEmail);
        Assert.True(saved.AcceptsEmail);
        Assert.Equal(["G1603"], saved.BoostedRomes);
        Assert.Equal(["D1507", "G1803"], saved.AddedRomes.Order(StringComparer.Ordinal));
        Assert.Equal(control.ExtraPlaces, saved.ExtraPlaces);

        await store.SaveControlAsync(CompanyControl.None("12345678900011") with { OptOut = true, HideContacts = true }, "operateur-2");
        await store.PublishPredictionAsync("ancre", November, [Company("12345678900011", 60)]);
        var replaced = Assert.Single(await store.ReadControlsAsync());
        Assert.True(replaced.OptOut);
        Assert.Empty(replaced.BoostedRomes);
        Assert.Empty(replaced.ExtraPlaces);
        Assert.Null(await store.GetControlAsync("99999999999999"));
    }
}
