using OpenEmploi.Core.Csv;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Storage.Statistics;
using OpenEmploi.Storage.Statistics.Import;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Statistics;

public sealed class StatisticsCsvImportTests(TestStores stores) : StoreTestBase(stores)
{
    private static Task<StatisticsImportResult> Import(IStatisticsInputStore store, string table, string csv) =>
        StatisticsCsvImport.ImportAsync(store, table, new StringReader(csv));

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Broken_records_are_reported_with_line_column_and_value_and_the_others_are_imported(StoreKind kind)
    {
        var location = await Stores.CreateMigratedLocationAsync(kind);
        await using var store = StatisticsInputStoreFactory.Open(location, batchSize: 2);
        const string Csv =
            "id,categorie,sexe,mois_naissance,niveau_formation,qualification,experience,situation_familiale,rome,commune,date_inscription,date_sortie,motif_sortie\n"
            + "1,A,F,1990-04,NV4,6,1_2_ANS,COUPLE_ENFANTS,G1602,13055,2025-01-10,2025-03-31,EMPLOI\n"
            + "2,Z,F,1990-04,NV4,6,1_2_ANS,SEUL,G1602,13055,2025-01-10,,\n"
            + "3,B,H,1990-04,NV9,6,AUCUNE,SEUL,,2A004,2025-02-30,,\n"
            + "4,C,H,1985-07,NV5,3,PLUS_5_ANS,SEUL,N1103,59350,2025-05-01,2025-04-01,EMPLOI\n"
            + "5,C,H,1985-07,NV5\n"
            + "6,\"E\"x,H,1985-07,NV5,3,PLUS_5_ANS,SEUL,N1103,59350,2025-05-01,,\n"
            + "\n"
            + "7,D,2,2001-12,AFS,1,AUCUNE,SEUL_ENFANTS,,97411,2024-11-02,,\n";

        var result = await Import(store, "demandeurs", Csv);

        Assert.Equal((7L, 2L, 0L, 5L), (result.Read, result.Added, result.AlreadyStored, result.Rejected));
        Assert.Equal(
            [
                "ligne 3, colonne « categorie » : valeur « Z » refusée (attendu A, B, C, D ou E)",
                "ligne 4, colonne « niveau_formation » : valeur « NV9 » refusée (attendu un niveau de formation (AFS, CP4, CFG, C3A, C12, NV5 … NV1))",
                "ligne 4, colonne « date_inscription » : valeur « 2025-02-30 » refusée (date AAAA-MM-JJ attendue)",
                "ligne 5, colonne « date_sortie » : valeur « 2025-04-01 » refusée (sortie antérieure à l'inscription)",
                "ligne 6 : 5 champs au lieu des 13 de l'en-tête",
                "ligne 7 : guillemet mal placé dans un champ",
            ],
            result.Errors.First.Select(e => e.ToString()));
        var stored = await store.ReadJobSeekerEpisodesAsync(DateOnly.MinValue, DateOnly.MaxValue).ToListAsync();
        Assert.Equal([1L, 7L], stored.Select(e => e.Id));
        Assert.Equal(new JobSeekerEpisode(7, JobSeekerCategory.D, Sex.Female, new DateOnly(2001, 12, 1), "AFS", "1", ExperienceBand.None,
            FamilySituation.SingleWithChildren, null, "97411", new DateOnly(2024, 11, 2), null, null), stored[1]);

        var again = await Import(store, "demandeurs", Csv);
        Assert.Equal((2L, 0L), (again.AlreadyStored, again.Added));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Every_table_imports_its_documented_columns_in_any_order_with_semicolons(StoreKind kind)
    {
        var location = await Stores.CreateMigratedLocationAsync(kind);
        await using var store = StatisticsInputStoreFactory.Open(location);

        await Import(store, "etablissements",
            "\uFEFFdate_creation;siret;nom;enseigne;naf;tranche_effectif;commune;latitude;longitude;diffusion;date_fermeture\n"
            + "2011-05-02;80000000200019;Boulangerie du Port;;10.71C;02;13055;43,2965;5.3698;O;\n"
            + "1999-01-01;12345678900011;Hôpital privé;Clinique;86.10Z;32;59350;;;P;2025-09-30\n");
        await Import(store, "effectifs", "siret,annee,effectif\n80000000200019,2025,4\n80000000200019,2025,5\n");
        await Import(store, "embauches", "siret,mois,contrat,rome,nombre\n80000000200019,2025-07,CDD_1_MOIS_OU_MOINS,,2\n80000000200019,2025-07-01,CDI,D1102,1\n");
        var projects = await Import(store, "projets", "annee,zone_emploi,rome,projets,difficiles,saisonniers\n2025,9310,G1602,420,250,300\n2025,9310,A1414,40,41,0\n");
        await Import(store, "offres",
            "id_offre,date_enregistrement,rome,naf,commune,departement,type_contrat,durable,temps_plein,origine\n"
            + "A1,2025-07-03,G1602,56.10A,13055,13,CDD,0,1,1\nA2,2025-07-04T10:00:00,,,,,CDI,1,0,2\n");

        Assert.Equal(
            [
                new Establishment("12345678900011", "Hôpital privé", "Clinique", "86.10Z", "32", "59350", null, null, true, new DateOnly(1999, 1, 1), new DateOnly(2025, 9, 30)),
                new Establishment("80000000200019", "Boulangerie du Port", null, "10.71C", "02", "13055", 43.2965, 5.3698, false, new DateOnly(2011, 5, 2), null),
            ],
            await store.ReadEstablishmentsAsync().ToListAsync());
        Assert.Equal([new EstablishmentHeadcount("80000000200019", 2025, 4)], await store.ReadHeadcountsAsync(2025, 2025).ToListAsync());
        Assert.Equal(
            [
                new MonthlyHires("80000000200019", new DateOnly(2025, 7, 1), HireContract.Cdi, "D1102", 1),
                new MonthlyHires("80000000200019", new DateOnly(2025, 7, 1), HireContract.CddUpToOneMonth, null, 2),
            ],
            await store.ReadHiresAsync(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 1)).ToListAsync());
        Assert.Equal("ligne 3, colonne « difficiles » : valeur « 41 » refusée (plus de projets difficiles que de projets)", Assert.Single(projects.Errors.First).ToString());
        Assert.Equal([new RecruitmentProjects(2025, "9310", "G1602", 420, 250, 300)], await store.ReadRecruitmentProjectsAsync(2025).ToListAsync());
        Assert.Equal(
            [
                new RegisteredOffer("A1", new DateOnly(2025, 7, 3), "G1602", "56.10A", "13055", "13", "CDD", false, true, OfferOrigin.Employer),
                new RegisteredOffer("A2", new DateOnly(2025, 7, 4), null, null, null, null, "CDI", true, false, OfferOrigin.Partner),
            ],
            await store.ReadRegisteredOffersAsync(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 31)).ToListAsync());
    }

    [Theory, StoreData(StoreKind.Sqlite)]
    public async Task A_file_without_a_required_column_is_refused_as_a_whole(StoreKind kind)
    {
        var location = await Stores.CreateMigratedLocationAsync(kind);
        await using var store = StatisticsInputStoreFactory.Open(location);

        var error = await Assert.ThrowsAsync<CsvFormatException>(() => Import(store, "effectifs", "siret,year,effectif\n80000000200019,2025,4\n"));

        Assert.Contains("colonne « annee » absente de l'en-tête", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await store.CountAsync()).Headcounts);
    }
}
