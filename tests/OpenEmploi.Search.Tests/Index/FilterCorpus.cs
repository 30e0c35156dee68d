using OpenEmploi.Search.Facts;
using OpenEmploi.Search.Query;
using static OpenEmploi.Search.Tests.Index.TestIndexes;

namespace OpenEmploi.Search.Tests.Index;

/// <summary>Ten handmade offers that between them exercise every filter value the tests ask about.</summary>
internal static class FilterCorpus
{
    public static readonly string[] All = ["a01", "a02", "a03", "a04", "a05", "a06", "a07", "a08", "a09", "a10"];

    public static IEnumerable<OffreFacts> Offers()
    {
        var (parisLat, parisLon) = Point("75108");
        yield return new OffreFacts
        {
            Id = "a01", EnFrance = true, Source = "OPENEMPLOI", Origine = 1, DateCreation = T0.AddDays(-1),
            TypeContrat = "CDI", NatureContrat = "E1", RomeCode = "M1805", AppellationCode = "38971",
            Domaine = "M18", GrandDomaine = "M", CodeNaf = "62.01Z", SecteurActivite = "62",
            Experience = ExperienceBand.UnATroisAns, ExperienceExige = 'E', QualificationCode = 7,
            TempsPlein = true, DureeHebdoMinutes = 2100,
            Commune = "75108", Latitude = parisLat, Longitude = parisLon, Departement = "75", Region = "11",
            SalairePeriode = SalaryPeriod.Mensuel, SalaireMin = 2500, SalaireMax = 3000,
            AccessibleTH = true, NiveauxFormation = ["NV4"], Permis = ["B"], Titre = "Développeur web",
        };
        var (lyonLat, lyonLon) = Point("69381");
        yield return new OffreFacts
        {
            Id = "a02", EnFrance = true, Source = "JOBIJOBA", Origine = 2, DateCreation = T0.AddDays(-10),
            TypeContrat = "CDD", NatureContrat = "E2", DureeContratMois = 6, RomeCode = "K2204",
            Domaine = "K22", GrandDomaine = "K", CodeNaf = "81.21Z", SecteurActivite = "81",
            Experience = ExperienceBand.NonPrecisee, QualificationCode = 2, TempsPlein = false, DureeHebdoMinutes = 1200,
            Commune = "69381", Latitude = lyonLat, Longitude = lyonLon, Departement = "69", Region = "84",
            SalairePeriode = SalaryPeriod.Horaire, SalaireMin = 11.88m, SalaireMax = 12.5m, Alternance = true,
        };
        var (marseilleLat, marseilleLon) = Point("13201");
        yield return new OffreFacts
        {
            Id = "a03", EnFrance = true, Source = "INDEED", Origine = 2, DateCreation = T0.AddDays(-40),
            TypeContrat = "MIS", NatureContrat = "FS", DureeContratMois = 1.5m, RomeCode = "N1103",
            Domaine = "N11", GrandDomaine = "N", CodeNaf = "49.41A", SecteurActivite = "49",
            Experience = ExperienceBand.MoinsDunAn, ExperienceExige = 'D', QualificationCode = 9,
            Commune = "13201", Latitude = marseilleLat, Longitude = marseilleLon, Departement = "13", Region = "93",
            SalairePeriode = SalaryPeriod.Annuel, SalaireMin = 36000, SalaireMax = 36000, EntrepriseAdaptee = true,
        };
        yield return new OffreFacts
        {
            Id = "a04", EnFrance = true, Source = "OPENEMPLOI", Origine = 1, DateCreation = T0.AddDays(-2), TypeContrat = "CDI",
            Commune = "69123", Latitude = Lat("69123"), Longitude = Lon("69123"), Departement = Dep("69123"), Region = Reg("69123"),
            NatureContrat = "E1", RomeCode = "M1805", Domaine = "M18", GrandDomaine = "M", QualificationCode = 9,
            TempsPlein = true, DureeHebdoMinutes = 2100, SalairePeriode = SalaryPeriod.Cachet, SalaireMin = 150,
            SalaireMax = 150, EmployeurHandiEngage = true,
        };
        yield return new OffreFacts
        {
            Id = "a05", EnFrance = true, Source = "OPENEMPLOI", Origine = 1, DateCreation = T0.AddDays(-3), TypeContrat = "CDD",
            NatureContrat = "E1", DureeContratMois = 12, RomeCode = "K2204", Domaine = "K22", GrandDomaine = "K",
            Departement = "01", Region = "84", OffresManqueCandidats = true,
        };
        yield return new OffreFacts
        {
            Id = "a06", EnFrance = true, Source = "OPENEMPLOI", Origine = 1, DateCreation = T0.AddDays(-5), TypeContrat = "CDI", Region = "11",
        };
        yield return new OffreFacts
        {
            Id = "a07", EnFrance = true, Source = "OPENEMPLOI", Origine = 1, DateCreation = T0, TypeContrat = "CDD",
            NatureContrat = "E2", DureeContratMois = 3, Commune = "75056", Latitude = Lat("75056"), Longitude = Lon("75056"), Departement = Dep("75056"), Region = Reg("75056"),
        };
        yield return new OffreFacts
        {
            Id = "a08", EnFrance = true, Source = "OPENEMPLOI", Origine = 1, DateCreation = T0.AddHours(-6), TypeContrat = "CDI",
            Commune = "92012", Latitude = Lat("92012"), Longitude = Lon("92012"), Departement = Dep("92012"), Region = Reg("92012"),
            SalairePeriode = SalaryPeriod.Mensuel, SalaireMin = 1800, SalaireMax = 1900,
        };
        yield return new OffreFacts
        {
            Id = "a09", EnFrance = true, Source = "OPENEMPLOI", Origine = 1, DateCreation = T0.AddDays(-20), TypeContrat = "CDI",
            Commune = "78646", Latitude = Lat("78646"), Longitude = Lon("78646"), Departement = Dep("78646"), Region = Reg("78646"),
        };
        yield return new OffreFacts
        {
            Id = "a10", EnFrance = true, Source = "OPENEMPLOI", Origine = 1, DateCreation = T0.AddDays(-7), TypeContrat = "CDD",
            Commune = "33063", Latitude = Lat("33063"), Longitude = Lon("33063"), Departement = Dep("33063"), Region = Reg("33063"),
            DureeContratMois = 0.5m, SalairePeriode = SalaryPeriod.Mensuel, SalaireMin = 4500,
        };
    }
}
