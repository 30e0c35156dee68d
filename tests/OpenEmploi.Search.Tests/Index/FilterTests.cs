using OpenEmploi.Search.Index;
using OpenEmploi.Search.Query;
using static OpenEmploi.Search.Tests.Index.TestIndexes;

namespace OpenEmploi.Search.Tests.Index;

/// <summary>Each filter of the offers API on the handmade corpus, with the exact ids expected.</summary>
public sealed class FilterTests
{
    private static readonly Lazy<OffreIndex> Index = new(() => Build(FilterCorpus.Offers()));

    private static string[] AllBut(params string[] ids) => [.. FilterCorpus.All.Except(ids)];

    private static readonly Dictionary<string, (SearchQuery Query, string[] Expected)> Cases = new()
    {
        ["bare"] = (new(), FilterCorpus.All),
        ["typeContrat CDI"] = (new() { TypesContrat = ["CDI"] }, ["a01", "a04", "a06", "a08", "a09"]),
        ["typeContrat CDI,MIS"] = (new() { TypesContrat = ["CDI", "MIS"] }, ["a01", "a03", "a04", "a06", "a08", "a09"]),
        ["natureContrat E2"] = (new() { NaturesContrat = ["E2"] }, ["a02", "a07"]),
        ["typeContrat OR natureContrat"] = (new() { TypesContrat = ["MIS"], NaturesContrat = ["E2"] }, ["a02", "a03", "a07"]),
        ["codeROME"] = (new() { CodesRome = ["K2204"] }, ["a02", "a05"]),
        ["codeROME unknown"] = (new() { CodesRome = ["A1101"] }, []),
        ["appellation"] = (new() { Appellation = "38971" }, ["a01"]),
        ["domaine"] = (new() { Domaine = "M18" }, ["a01", "a04"]),
        ["grandDomaine letter"] = (new() { GrandDomaine = "N" }, ["a03"]),
        ["grandDomaine subgroup"] = (new() { GrandDomaine = "M18" }, ["a01", "a04"]),
        ["secteurActivite"] = (new() { SecteursActivite = ["62", "49"] }, ["a01", "a03"]),
        ["codeNAF"] = (new() { CodesNaf = ["81.21Z"] }, ["a02"]),
        ["experience 2"] = (new() { Experience = ExperienceBand.UnATroisAns }, ["a01"]),
        ["experience 0"] = (new() { Experience = ExperienceBand.NonPrecisee }, AllBut("a01", "a03")),
        ["experienceExigence E"] = (new() { ExperienceExigence = 'E' }, ["a01"]),
        ["origineOffre 2"] = (new() { OrigineOffre = 2 }, ["a02", "a03"]),
        ["partenaires INCLUS"] = (new() { Partenaires = ["JOBIJOBA"] }, ["a02"]),
        ["partenaires EXCLU"] = (new() { Partenaires = ["JOBIJOBA"], PartenairesExclus = true }, AllBut("a02")),
        ["qualification 0"] = (new() { Qualification = 0 }, ["a01", "a02"]),
        ["qualification 9"] = (new() { Qualification = 9 }, ["a03", "a04"]),
        ["tempsPlein true"] = (new() { TempsPlein = true }, ["a01", "a04"]),
        ["tempsPlein false"] = (new() { TempsPlein = false }, ["a02"]),
        ["dureeHebdo 0"] = (new() { DureeHebdoNonPrecisee = true }, AllBut("a01", "a02", "a04")),
        ["dureeHebdo exact"] = (new() { DureeHebdoMinMinutes = 1200, DureeHebdoMaxMinutes = 1200 }, ["a02"]),
        ["dureeHebdoMin"] = (new() { DureeHebdoMinMinutes = 2000 }, ["a01", "a04"]),
        ["dureeContrat 1-6"] = (new() { DureeContratMinMois = 1, DureeContratMaxMois = 6 }, ["a02", "a03", "a07"]),
        ["dureeContratMax 1"] = (new() { DureeContratMaxMois = 1 }, ["a10"]),
        ["departement"] = (new() { Departements = ["69"] }, ["a02", "a04"]),
        ["departement limitrophes"] = (new() { Departements = ["69"], InclureLimitrophes = true }, ["a02", "a04", "a05"]),
        ["region 84"] = (new() { Region = "84" }, ["a02", "a04", "a05"]),
        ["region 11"] = (new() { Region = "11" }, ["a01", "a06", "a07", "a08", "a09"]),
        ["salaireMin monthly"] = (new() { SalaireMin = 2000 }, ["a01", "a03", "a10"]),
        ["salaireMin monthly equal to hourly×151.67"] = (new() { SalaireMin = 1895.875m }, ["a01", "a02", "a03", "a08", "a10"]),
        ["salaireMin hourly"] = (new() { SalaireMin = 12.5m, PeriodeSalaire = SalaryPeriod.Horaire }, ["a01", "a02", "a03", "a08", "a10"]),
        ["salaireMin yearly equal"] = (new() { SalaireMin = 36000, PeriodeSalaire = SalaryPeriod.Annuel }, ["a01", "a03", "a10"]),
        ["salaireMin cachet"] = (new() { SalaireMin = 100, PeriodeSalaire = SalaryPeriod.Cachet }, ["a04"]),
        ["publieeDepuis 3"] = (new() { PublieeDepuisJours = 3 }, ["a01", "a04", "a05", "a07", "a08"]),
        ["creation bounds inclusive"] = (new() { MinCreationDate = T0.AddDays(-5), MaxCreationDate = T0.AddDays(-2) }, ["a04", "a05", "a06"]),
        ["accesTravailleurHandicape true"] = (new() { AccesTravailleurHandicape = true }, ["a01"]),
        ["accesTravailleurHandicape false"] = (new() { AccesTravailleurHandicape = false }, AllBut("a01")),
        ["offresManqueCandidats"] = (new() { OffresManqueCandidats = true }, ["a05"]),
        ["alternance"] = (new() { Alternance = true }, ["a02"]),
        ["entreprisesAdaptees"] = (new() { EntreprisesAdaptees = true }, ["a03"]),
        ["employeursHandiEngages"] = (new() { EmployeursHandiEngages = true }, ["a04"]),
        ["both handi booleans OR"] = (new() { EntreprisesAdaptees = true, EmployeursHandiEngages = true }, ["a03", "a04"]),
        ["entreprisesAdaptees false"] = (new() { EntreprisesAdaptees = false }, AllBut("a03")),
        ["niveauFormation"] = (new() { NiveauFormation = "NV4" }, ["a01"]),
        ["permis"] = (new() { Permis = "B" }, ["a01"]),
        ["permis unknown"] = (new() { Permis = "C" }, []),
        ["AND across parameters"] = (new() { TypesContrat = ["CDI"], Region = "11" }, ["a01", "a06", "a08", "a09"]),
        ["commune Paris city, distance 0"] = (new() { Communes = ["75056"], DistanceKm = 0 }, ["a01", "a07"]),
        ["commune arrondissement, distance 0"] = (new() { Communes = ["75108"], DistanceKm = 0 }, ["a01"]),
        ["commune Lyon city, distance 0"] = (new() { Communes = ["69123"], DistanceKm = 0 }, ["a02", "a04"]),
        ["commune Marseille city, distance 0"] = (new() { Communes = ["13055"], DistanceKm = 0 }, ["a03"]),
        ["commune list OR"] = (new() { Communes = ["13055", "33063"], DistanceKm = 0 }, ["a03", "a10"]),
        ["commune Paris, 10 km"] = (new() { Communes = ["75056"] }, ["a01", "a07", "a08"]),
        ["commune Paris, 25 km"] = (new() { Communes = ["75056"], DistanceKm = 25 }, ["a01", "a07", "a08", "a09"]),
        ["theme informatique (M18, I14)"] = (new() { Themes = ["12"] }, ["a01", "a04"]),
        ["theme transport (N..)"] = (new() { Themes = ["21"] }, ["a03"]),
        ["theme list OR"] = (new() { Themes = ["12", "21"] }, ["a01", "a03", "a04"]),
        ["theme propreté (K22, K23)"] = (new() { Themes = ["19"] }, ["a02", "a05"]),
        ["theme AND domaine"] = (new() { Themes = ["12"], Domaine = "K22" }, []),
        ["theme unknown"] = (new() { Themes = ["99"] }, []),
        ["paysContinent France"] = (new() { PaysContinent = "01" }, FilterCorpus.All),
        ["paysContinent Europe"] = (new() { PaysContinent = "EUR" }, FilterCorpus.All),
        ["paysContinent another country"] = (new() { PaysContinent = "05" }, []),
        ["paysContinent another continent"] = (new() { PaysContinent = "ASI" }, []),
        ["paysContinent unknown"] = (new() { PaysContinent = "ZZ" }, []),
        ["paysContinent France AND typeContrat"] = (new() { PaysContinent = "01", TypesContrat = ["MIS"] }, ["a03"]),
        ["offresMRS true"] = (new() { OffresMrs = true }, []),
        ["offresMRS false"] = (new() { OffresMrs = false }, FilterCorpus.All),
        ["offresMRS false AND region"] = (new() { OffresMrs = false, Region = "93" }, ["a03"]),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Filter_matches_exactly_the_expected_offers(string name)
    {
        var (query, expected) = Cases[name];
        Assert.Equal(expected, Ids(Index.Value, query));
    }

    [Fact]
    public void PaysContinent_France_keeps_offers_placed_anywhere_in_france_but_not_unplaced_ones()
    {
        var index = Build(
        [
            new() { Id = "b01", Source = "OPENEMPLOI", DateCreation = T0, EnFrance = true, Commune = "42218", Departement = "42", Region = "84" },
            new() { Id = "b02", Source = "OPENEMPLOI", DateCreation = T0, EnFrance = true, Region = "84" },
            new() { Id = "b03", Source = "OPENEMPLOI", DateCreation = T0 },
        ]);

        Assert.Equal(["b01", "b02", "b03"], Ids(index, new SearchQuery()));
        Assert.Equal(["b01", "b02"], Ids(index, new SearchQuery { PaysContinent = "01" }));
        Assert.Equal(["b01", "b02"], Ids(index, new SearchQuery { PaysContinent = "EUR" }));
        Assert.Empty(Ids(index, new SearchQuery { PaysContinent = "AFR" }));
    }
}
