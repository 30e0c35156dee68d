using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.CompanyFinder.Search;
using OpenEmploi.Storage.CompanyFinder;
using OpenEmploi.Web.Features.CompanyFinder;

namespace OpenEmploi.Web.Tests.CompanyFinder;

/// <summary>A small published prediction around Lyon, and the controls its companies asked for.</summary>
internal static class FinderData
{
    public const string Lyon = "69123";
    public const double LyonLat = 45.7578;
    public const double LyonLon = 4.8320;

    public const string Open = "11111111100011";
    public const string Partial = "22222222200022";
    public const string HiddenAddress = "33333333300033";
    public const string OptedOut = "44444444400044";
    public const string Far = "55555555500055";   // Villeurbanne side, 4 km
    public const string Boosted = "66666666600066";

    public static async Task PublishAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<ICompanyFinderStore>();
        static ListedCompany Company(string siret, string name, double kmNorth, double score, double waiter, bool partial = false, string naf = "56.10A") =>
            new(siret, name, null, naf, "12", Lyon, LyonLat + (kmNorth / 111.195), LyonLon + 0.003, partial, score,
                new Dictionary<string, double>(StringComparer.Ordinal) { ["G1803"] = waiter, ["G1602"] = 25 });
        await store.PublishPredictionAsync("ancre (régression linéaire)", new DateOnly(2026, 11, 1),
        [
            Company(Open, "Brasserie des Terreaux", 1, 80, 70),
            Company(Partial, "Nom secret", 0.5, 75, 65, partial: true),
            Company(HiddenAddress, "Bouchon discret", 2, 70, 60),
            Company(OptedOut, "Restaurant retiré", 1.5, 90, 90),
            Company(Far, "Grill lointain", 4, 60, 40, naf: "56.30Z"),
            Company(Boosted, "Petite cantine", 3, 55, 22),
        ]);
        await store.SaveControlAsync(CompanyControl.None(Open) with { ContactEmail = "recrutement@terreaux.example" }, "test");
        await store.SaveControlAsync(CompanyControl.None(HiddenAddress) with { HideAddress = true, HideContacts = true, ContactEmail = "x@y.example" }, "test");
        await store.SaveControlAsync(CompanyControl.None(OptedOut) with { OptOut = true }, "test");
        await store.SaveControlAsync(CompanyControl.None(Boosted) with { BoostedRomes = ["G1803"] }, "test");
        await services.GetRequiredService<CompanyDirectory>().InvalidateAsync(CancellationToken.None);
    }
}
