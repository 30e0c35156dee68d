using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;
using static OpenEmploi.Web.Tests.Statistics.StatisticsCells;

namespace OpenEmploi.Web.Tests.Statistics;

/// <summary>
/// The "Marché du travail" compatible API over published cells written by hand: shapes, masked
/// cells, period selection, every refusal, scopes. One platform per store for this class; each test
/// publishes its own periods.
/// </summary>
public sealed class StatisticsApiTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>
{
    private const string Api = "/partenaire/stats-offres-demandes-emploi/v1";
    private static readonly DateTimeOffset ComputedAt = new(2030, 4, 20, 3, 0, 0, TimeSpan.Zero);

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Job_seekers_of_a_departement_come_by_category_with_their_breakdown_and_masked_cells_without_values(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        await PublishAsync(platform.Services, PeriodKind.Quarter, "2030T1", ComputedAt,
            Cell("DE_1", TerritoryLevel.Departement, "69", "CATCAND", "ABC", "2030T1", 1234, 12.5),
            Cell("DE_1", TerritoryLevel.Departement, "69", "CATCAND", "ABC", "2030T1", 600, 48.6, characteristicType: "SEXE", characteristicCode: "F"),
            Cell("DE_1", TerritoryLevel.Departement, "69", "CATCAND", "ABC", "2030T1", 634, 51.4, characteristicType: "SEXE", characteristicCode: "H"),
            Cell("DE_1", TerritoryLevel.Departement, "69", "CATCAND", "ABC", "2030T1", null, mask: MaskReason.SmallCount, characteristicType: "AGE", characteristicCode: "MOINS25"),
            Cell("DE_1", TerritoryLevel.Departement, "69", "CATCAND", "A", "2030T1", null, mask: MaskReason.Secondary),
            // Other territories, activities and indicators are not answered.
            Cell("DE_1", TerritoryLevel.Departement, "01", "CATCAND", "ABC", "2030T1", 99),
            Cell("DE_1", TerritoryLevel.Departement, "69", "CATCAND", "ABC", "2030T1", 77, activityType: "ROME", activityCode: "A1101"),
            Cell("DE_5", TerritoryLevel.Departement, "69", "CATCAND", "ABC", "2030T1", 55));
        var caller = await NewStatisticsCallerAsync(platform);

        using var response = await caller.PostAsync("stat-demandeurs", """
            {"codeTypeTerritoire":"DEP","codeTerritoire":"69","codeTypeActivite":"CUMUL","codeActivite":"CUMUL",
             "codeTypePeriode":"TRIMESTRE","codeTypeNomenclature":"CATCAND","dateDeb":"2030T1","dateFin":"2030T1"}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2030-04-20", response.Headers.GetValues("X-Data-Last-Update").Single());
        Assert.Contains("rel=\"license\"", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("X-Ratelimit-Burst-Capacity-Clientidlimiter"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("DE", body.RootElement.GetProperty("codeFamille").GetString());
        var items = body.RootElement.GetProperty("listeValeursParPeriode").EnumerateArray().ToList();
        Assert.Equal(["A", "ABC"], items.Select(i => i.GetProperty("codeNomenclature").GetString()));

        var a = items[0];
        Assert.True(a.GetProperty("estMasque").GetBoolean());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("valeurPrincipaleNombre").ValueKind);

        var abc = items[1];
        Assert.Equal("DEP", abc.GetProperty("codeTypeTerritoire").GetString());
        Assert.Equal("69", abc.GetProperty("codeTerritoire").GetString());
        Assert.Equal("Rhône", abc.GetProperty("libTerritoire").GetString());
        Assert.Equal("CUMUL", abc.GetProperty("codeTypeActivite").GetString());
        Assert.Equal("CUMUL", abc.GetProperty("codeActivite").GetString());
        Assert.Equal("Tous métiers et secteurs", abc.GetProperty("libActivite").GetString());
        Assert.Equal("Catégories A, B, C", abc.GetProperty("libNomenclature").GetString());
        Assert.Equal("TRIMESTRE", abc.GetProperty("codeTypePeriode").GetString());
        Assert.Equal("2030T1", abc.GetProperty("codePeriode").GetString());
        Assert.Equal("1er trimestre 2030", abc.GetProperty("libPeriode").GetString());
        Assert.Equal("2030-04-20", abc.GetProperty("dateMaj").GetString());
        Assert.Equal(1234, abc.GetProperty("valeurPrincipaleNombre").GetDouble());
        Assert.Equal(12.5, abc.GetProperty("valeurSecondairePourcentage").GetDouble());
        Assert.False(abc.GetProperty("estMasque").GetBoolean());
        var breakdown = abc.GetProperty("listeValeurParCaract").EnumerateArray().ToList();
        Assert.Equal(["AGE/MOINS25", "SEXE/F", "SEXE/H"], breakdown.Select(c => c.GetProperty("codeTypeCaract").GetString() + "/" + c.GetProperty("codeCaract").GetString()));
        var young = breakdown[0];
        Assert.Equal("Moins de 25 ans", young.GetProperty("libCaract").GetString());
        Assert.True(young.GetProperty("estMasque").GetBoolean());
        Assert.Equal(JsonValueKind.Null, young.GetProperty("nombre").ValueKind);
        Assert.Equal(JsonValueKind.Null, young.GetProperty("pourcentage").ValueKind);
        Assert.Equal("Femmes", breakdown[1].GetProperty("libCaract").GetString());
        Assert.Equal(600, breakdown[1].GetProperty("nombre").GetDouble());
        Assert.Equal(48.6, breakdown[1].GetProperty("pourcentage").GetDouble());
        Assert.False(breakdown[1].GetProperty("estMasque").GetBoolean());

        // Restricted to some nomenclature values, without the breakdown.
        using var filtered = await caller.PostAsync("stat-demandeurs", """
            {"codeTypeTerritoire":"DEP","codeTerritoire":"69","codeTypePeriode":"TRIMESTRE","codeTypeNomenclature":"CATCAND",
             "listeCodeNomenclature":["ABC"],"sansCaracteristiques":true,"dateDeb":"2030T1","dateFin":"2030T1"}
            """);
        using var filteredBody = JsonDocument.Parse(await filtered.Content.ReadAsStringAsync());
        var only = Assert.Single(filteredBody.RootElement.GetProperty("listeValeursParPeriode").EnumerateArray());
        Assert.Equal("ABC", only.GetProperty("codeNomenclature").GetString());
        Assert.Empty(only.GetProperty("listeValeurParCaract").EnumerateArray());

        // An occupation: only its own cells.
        using var rome = await caller.PostAsync("stat-demandeurs", """
            {"codeTypeTerritoire":"DEP","codeTerritoire":"69","codeTypeActivite":"ROME","codeActivite":"A1101","dateDeb":"2030T1","dateFin":"2030T1"}
            """);
        using var romeBody = JsonDocument.Parse(await rome.Content.ReadAsStringAsync());
        var romeItem = Assert.Single(romeBody.RootElement.GetProperty("listeValeursParPeriode").EnumerateArray());
        Assert.Equal(77, romeItem.GetProperty("valeurPrincipaleNombre").GetDouble());
        Assert.False(string.IsNullOrEmpty(romeItem.GetProperty("libActivite").GetString()));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Periods_are_chosen_by_range_or_the_latest_and_nothing_published_is_a_204(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        foreach (var (period, value) in new[] { ("2098T3", 30.0), ("2098T4", 40.0), ("2099T1", 50.0) })
            await PublishAsync(platform.Services, PeriodKind.Quarter, period, ComputedAt, Cell("OFF_1", TerritoryLevel.Region, "84", "ORIGINEOFF", "TOUTES", period, value));
        var caller = await NewStatisticsCallerAsync(platform);

        async Task<List<(string Period, double Value)>> AskAsync(string body)
        {
            using var response = await caller.PostAsync("stat-offres", body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("OFF", json.RootElement.GetProperty("codeFamille").GetString());
            return [.. json.RootElement.GetProperty("listeValeursParPeriode").EnumerateArray()
                .Select(i => (i.GetProperty("codePeriode").GetString()!, i.GetProperty("valeurPrincipaleNombre").GetDouble()))];
        }

        Assert.Equal([("2098T4", 40.0), ("2099T1", 50.0)], await AskAsync("""{"codeTypeTerritoire":"REG","codeTerritoire":"84","dateDeb":"2098T4"}"""));
        Assert.Equal([("2099T1", 50.0)], await AskAsync("""{"codeTypeTerritoire":"REG","codeTerritoire":"84","dernierePeriode":true}"""));
        Assert.Equal([("2098T3", 30.0)], await AskAsync("""{"codeTypeTerritoire":"REG","codeTerritoire":"84","dateDeb":"2098T1","dateFin":"2098T3"}"""));

        using var nothing = await caller.PostAsync("stat-offres", """{"codeTypeTerritoire":"REG","codeTerritoire":"11","dateDeb":"2098T3"}""");
        Assert.Equal(HttpStatusCode.NoContent, nothing.StatusCode);

        // The periods referential lists what was published, newest first, with the computation date.
        using var periods = await caller.GetAsync(Api + "/referentiel/periodes/TRIMESTRE");
        using var periodsBody = JsonDocument.Parse(await periods.Content.ReadAsStringAsync());
        var listed = periodsBody.RootElement.EnumerateArray().ToList();
        Assert.Equal("2099T1", listed[0].GetProperty("codePeriode").GetString());
        Assert.Equal("1er trimestre 2099", listed[0].GetProperty("libPeriode").GetString());
        Assert.Equal("2030-04-20", listed[0].GetProperty("dateMaj").GetString());
        Assert.Contains(listed, p => p.GetProperty("codePeriode").GetString() == "2098T4");
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Entries_over_twelve_months_are_served_by_their_last_quarter(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        await PublishAsync(platform.Services, PeriodKind.Quarter, "2029T3", ComputedAt,
            Cell("DE_5", TerritoryLevel.Region, "84", "CATCAND", "ABC", "2029T3", 41_000),
            Cell("DE_5_12M", TerritoryLevel.Region, "84", "CATCAND", "ABC", "2029T3", 160_500),
            Cell("DE_5_12M", TerritoryLevel.Region, "84", "CATCAND", "ABC", "2029T3", 83_000, 51.7, characteristicType: "SEXE", characteristicCode: "F"),
            Cell("DE_5_12M", TerritoryLevel.Region, "84", "CATCAND", "A", "2029T3", null, mask: MaskReason.Secondary));
        var caller = await NewStatisticsCallerAsync(platform);

        using var response = await caller.PostAsync("stat-demandeurs-entrant", """
            {"codeTypeTerritoire":"REG","codeTerritoire":"84","codeTypePeriode":"GLISSANT_12_MOIS","dateDeb":"2029T3"}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = body.RootElement.GetProperty("listeValeursParPeriode").EnumerateArray().ToList();
        Assert.Equal(["A", "ABC"], items.Select(i => i.GetProperty("codeNomenclature").GetString()));
        Assert.True(items[0].GetProperty("estMasque").GetBoolean());
        var abc = items[1];
        Assert.Equal("GLISSANT_12_MOIS", abc.GetProperty("codeTypePeriode").GetString());
        Assert.Equal("2029T3", abc.GetProperty("codePeriode").GetString());
        Assert.Equal("12 mois jusqu'au 3e trimestre 2029", abc.GetProperty("libPeriode").GetString());
        Assert.Equal(160_500, abc.GetProperty("valeurPrincipaleNombre").GetDouble());
        var women = Assert.Single(abc.GetProperty("listeValeurParCaract").EnumerateArray());
        Assert.Equal((83_000, 51.7), (women.GetProperty("nombre").GetDouble(), women.GetProperty("pourcentage").GetDouble()));

        // The quarter's own entries stay under TRIMESTRE.
        using var quarter = await caller.PostAsync("stat-demandeurs-entrant", """{"codeTypeTerritoire":"REG","codeTerritoire":"84","dateDeb":"2029T3","dateFin":"2029T3"}""");
        using var quarterBody = JsonDocument.Parse(await quarter.Content.ReadAsStringAsync());
        Assert.Equal(41_000, quarterBody.RootElement.GetProperty("listeValeursParPeriode")[0].GetProperty("valeurPrincipaleNombre").GetDouble());
        using var periods = await caller.GetAsync(Api + "/referentiel/periodes/GLISSANT_12_MOIS");
        using var periodList = JsonDocument.Parse(await periods.Content.ReadAsStringAsync());
        Assert.Contains(periodList.RootElement.EnumerateArray(), p => p.GetProperty("codeTypePeriode").GetString() == "GLISSANT_12_MOIS"
            && p.GetProperty("codePeriode").GetString() == "2029T3" && p.GetProperty("libPeriode").GetString() == "12 mois jusqu'au 3e trimestre 2029");
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Offers_over_twelve_months_are_served_by_their_last_quarter_with_their_shares_and_masks(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        await PublishAsync(platform.Services, PeriodKind.Quarter, "2028T4", ComputedAt,
            Cell("OFF_1", TerritoryLevel.Departement, "69", "ORIGINEOFF", "TOUTES", "2028T4", 5_100, activityType: "NAF", activityCode: "J"),
            Cell("OFF_1_12M", TerritoryLevel.Departement, "69", "ORIGINEOFF", "TOUTES", "2028T4", 20_400, activityType: "NAF", activityCode: "J"),
            Cell("OFF_1_12M", TerritoryLevel.Departement, "69", "ORIGINEOFF", "EMPLOYEUR", "2028T4", null, mask: MaskReason.Secondary, activityType: "NAF", activityCode: "J"),
            Cell("OFF_1_12M", TerritoryLevel.Departement, "69", "ORIGINEOFF", "TOUTES", "2028T4", 61_000),
            Cell("OFF_1_12M", TerritoryLevel.Departement, "69", "ORIGINEOFF", "TOUTES", "2028T4", 36_600, 60, characteristicType: "DUREE", characteristicCode: "DURABLE"),
            Cell("OFF_1_12M", TerritoryLevel.Departement, "69", "ORIGINEOFF", "TOUTES", "2028T4", 24_400, 40, characteristicType: "DUREE", characteristicCode: "NON_DURABLE"),
            Cell("OFF_1_12M", TerritoryLevel.Departement, "69", "ORIGINEOFF", "TOUTES", "2028T4", 58_000, 4.9, characteristicType: "EVOLUTION", characteristicCode: "TRIMESTRE_PRECEDENT"));
        var caller = await NewStatisticsCallerAsync(platform);

        using var response = await caller.PostAsync("stat-offres", """
            {"codeTypeTerritoire":"DEP","codeTerritoire":"69","codeTypeActivite":"NAF","codeActivite":"J","codeTypePeriode":"GLISSANT_12_MOIS","dateDeb":"2028T4","dateFin":"2028T4"}
            """);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("OFF", body.RootElement.GetProperty("codeFamille").GetString());
        var items = body.RootElement.GetProperty("listeValeursParPeriode").EnumerateArray().ToList();
        Assert.Equal(["TOUTES", "EMPLOYEUR"], items.Select(i => i.GetProperty("codeNomenclature").GetString()));
        Assert.Equal(20_400, items[0].GetProperty("valeurPrincipaleNombre").GetDouble());
        Assert.Equal("GLISSANT_12_MOIS", items[0].GetProperty("codeTypePeriode").GetString());
        Assert.Equal("12 mois jusqu'au 4e trimestre 2028", items[0].GetProperty("libPeriode").GetString());
        Assert.Equal("Information et communication", items[0].GetProperty("libActivite").GetString());
        Assert.True(items[1].GetProperty("estMasque").GetBoolean());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("valeurPrincipaleNombre").ValueKind);

        // All sectors: the durable share over twelve months, and the evolution, in the breakdown.
        using var all = await caller.PostAsync("stat-offres", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","codeTypePeriode":"GLISSANT_12_MOIS","dernierePeriode":true}""");
        using var allBody = JsonDocument.Parse(await all.Content.ReadAsStringAsync());
        var total = Assert.Single(allBody.RootElement.GetProperty("listeValeursParPeriode").EnumerateArray());
        Assert.Equal(61_000, total.GetProperty("valeurPrincipaleNombre").GetDouble());
        var breakdown = total.GetProperty("listeValeurParCaract").EnumerateArray().ToList();
        var durable = Assert.Single(breakdown, c => c.GetProperty("codeCaract").GetString() == "DURABLE");
        Assert.Equal((36_600, 60, "Durable (CDI ou CDD de plus de 6 mois)"),
            (durable.GetProperty("nombre").GetDouble(), durable.GetProperty("pourcentage").GetDouble(), durable.GetProperty("libCaract").GetString()));
        var evolution = Assert.Single(breakdown, c => c.GetProperty("codeTypeCaract").GetString() == "EVOLUTION");
        Assert.Equal(("Trimestre précédent", 4.9), (evolution.GetProperty("libCaract").GetString(), evolution.GetProperty("pourcentage").GetDouble()));

        // The quarter's own offers stay under TRIMESTRE.
        using var quarter = await caller.PostAsync("stat-offres", """
            {"codeTypeTerritoire":"DEP","codeTerritoire":"69","codeTypeActivite":"NAF","codeActivite":"J","dateDeb":"2028T4","dateFin":"2028T4"}
            """);
        using var quarterBody = JsonDocument.Parse(await quarter.Content.ReadAsStringAsync());
        var quarterItem = Assert.Single(quarterBody.RootElement.GetProperty("listeValeursParPeriode").EnumerateArray());
        Assert.Equal((5_100, "TRIMESTRE"), (quarterItem.GetProperty("valeurPrincipaleNombre").GetDouble(), quarterItem.GetProperty("codeTypePeriode").GetString()));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Tension_is_annual_and_its_levels_are_labelled(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        await PublishAsync(platform.Services, PeriodKind.Year, "2029", ComputedAt,
            Cell("PERSP_2", TerritoryLevel.ZoneEmploi, "8405", "TYPE_TENSION", "TENSION", "2029", 4, activityType: "ROME", activityCode: "J1501", kind: PeriodKind.Year),
            Cell("PERSP_2", TerritoryLevel.ZoneEmploi, "8405", "TYPE_TENSION", "INADEQUATION_GEO", "2029", null, mask: MaskReason.BelowPublicationFloor,
                activityType: "ROME", activityCode: "J1501", kind: PeriodKind.Year));
        var caller = await NewStatisticsCallerAsync(platform);

        using var response = await caller.PostAsync("stat-perspective-employeur", """
            {"codeTypeTerritoire":"ZE","codeTerritoire":"8405","codeTypeActivite":"ROME","codeActivite":"J1501","codeTypePeriode":"ANNEE","codeTypeNomenclature":"TYPE_TENSION","dateDeb":"2029"}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("PERSP", body.RootElement.GetProperty("codeFamille").GetString());
        var items = body.RootElement.GetProperty("listeValeursParPeriode").EnumerateArray().ToList();
        Assert.Equal(["TENSION", "INADEQUATION_GEO"], items.Select(i => i.GetProperty("codeNomenclature").GetString()));
        Assert.Equal("Année 2029", items[0].GetProperty("libPeriode").GetString());
        Assert.Equal("ZE", items[0].GetProperty("codeTypeTerritoire").GetString());
        Assert.StartsWith("Zone d'emploi d", items[0].GetProperty("libTerritoire").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, items[0].GetProperty("valeurPrincipaleNombre").GetDouble());
        Assert.True(items[1].GetProperty("estMasque").GetBoolean());
    }

    public static TheoryData<string, string, string> Refusals() => new()
    {
        { "stat-demandeurs", "{\"codeTypeTerritoire\": \"DEP\", ", "Le corps de la requête n'est pas un JSON valide (ligne 1" },
        { "stat-demandeurs", "[1, 2]", "Le corps de la requête doit être un objet JSON (reçu : une liste)." },
        { "stat-demandeurs", "{}", "Le champ « codeTypeTerritoire » est obligatoire (NAT, REG, DEP, ZE, EPCI, COM)." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"PAYS","codeTerritoire":"FR"}""", "Le champ « codeTypeTerritoire » vaut « PAYS », qui n'est pas un type de territoire connu : NAT, REG, DEP, ZE, EPCI, COM." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP"}""", "Le champ « codeTerritoire » est obligatoire (voir /referentiel/territoires/DEP)." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP","codeTerritoire":"999"}""", "Le champ « codeTerritoire » vaut « 999 », qui n'est pas un territoire de type DEP (voir /referentiel/territoires/DEP)." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP","codeTerritoire":69}""", "Le champ « codeTerritoire » doit être une chaîne de caractères, pas un nombre (69)." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","codeTypeActivite":"METIER","codeActivite":"A1101"}""", "Le champ « codeTypeActivite » vaut « METIER », qui n'est pas un type d'activité connu : CUMUL, ROME, DOMAINE, GRAND_DOMAINE, NAF." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","codeActivite":"A1101"}""", "Le champ « codeTypeActivite » est obligatoire avec « codeActivite » (« A1101 ») : CUMUL, ROME, DOMAINE, GRAND_DOMAINE, NAF." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","codeTypeActivite":"ROME"}""", "Le champ « codeActivite » est obligatoire avec « codeTypeActivite » ROME (voir /referentiel/activites/ROME)." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","codeTypeActivite":"ROME","codeActivite":"Z9999"}""", "Le champ « codeActivite » vaut « Z9999 », qui n'est pas une activité de type ROME (voir /referentiel/activites/ROME)." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","codeTypePeriode":"MOIS"}""", "Le champ « codeTypePeriode » vaut « MOIS », qui n'est pas un type de période connu : TRIMESTRE, ANNEE, GLISSANT_12_MOIS." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","codeTypePeriode":"GLISSANT_12_MOIS"}""", "Le champ « codeTypePeriode » vaut « GLISSANT_12_MOIS », mais l'indicateur stat-demandeurs est publié par TRIMESTRE seulement." },
        { "stat-embauches", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","codeTypePeriode":"GLISSANT_12_MOIS"}""", "Le champ « codeTypePeriode » vaut « GLISSANT_12_MOIS », mais l'indicateur stat-embauches est publié par TRIMESTRE seulement." },
        { "stat-perspective-employeur", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","codeTypePeriode":"TRIMESTRE"}""", "Le champ « codeTypePeriode » vaut « TRIMESTRE », mais l'indicateur stat-perspective-employeur est publié par ANNEE seulement." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","codeTypeNomenclature":"ORIGINEOFF"}""", "Le champ « codeTypeNomenclature » vaut « ORIGINEOFF », mais l'indicateur stat-demandeurs se décline par CATCAND." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","listeCodeNomenclature":["ABC","Z"]}""", "La valeur « Z » de « listeCodeNomenclature » n'appartient pas à la nomenclature CATCAND : A, B, C, ABC, D, E." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","listeCodeNomenclature":"ABC"}""", "Le champ « listeCodeNomenclature » doit être une liste de codes (par exemple [\"A\", \"ABC\"]), pas \"ABC\"." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","dateDeb":"2026-07"}""", "Le champ « dateDeb » vaut « 2026-07 » : une période TRIMESTRE s'écrit comme « 2026T3 »." },
        { "stat-perspective-employeur", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","dateFin":"2026T3"}""", "Le champ « dateFin » vaut « 2026T3 » : une période ANNEE s'écrit comme « 2026 »." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","dateDeb":"2026T4","dateFin":"2026T1"}""", "Le champ « dateDeb » (« 2026T4 ») est après « dateFin » (« 2026T1 »)." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","dernierePeriode":"oui"}""", "Le champ « dernierePeriode » doit valoir true ou false, pas \"oui\"." },
        { "stat-demandeurs", """{"codeTypeTerritoire":"DEP","codeTerritoire":"69","dernierePeriode":true,"dateDeb":"2026T1"}""", "Le champ « dernierePeriode » vaut true : il ne se combine pas avec « dateDeb » ni « dateFin »." },
        { "stat-embauches", """{"codeTypeTerritoire":"NAT","sansCaracteristiques":1}""", "Le champ « sansCaracteristiques » doit valoir true ou false, pas 1." },
    };

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Every_bad_request_is_a_400_in_the_API_shape_naming_the_field_and_the_value(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await NewStatisticsCallerAsync(platform);
        foreach (var row in Refusals())
        {
            var (route, body, message) = ((string)row[0], (string)row[1], (string)row[2]);
            using var response = await caller.PostAsync(route, body);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(400, json.RootElement.GetProperty("codeHttp").GetInt32());
            Assert.StartsWith(message, json.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Both_scopes_are_needed_and_can_be_granted_through_the_token_endpoint(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        const string body = """{"codeTypeTerritoire":"NAT"}""";

        using (var anonymous = await platform.Client.PostAsync(Api + "/indicateur/stat-demandeurs", new StringContent(body, Encoding.UTF8, "application/json")))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var offersOnly = await platform.NewCallerAsync();
        using (var forbidden = await offersOnly.SendAsync(HttpMethod.Post, Api + "/indicateur/stat-demandeurs", new StringContent(body, Encoding.UTF8, "application/json")))
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var (clientId, secret) = await platform.CreateApplicationAsync([.. ApiScopes.StatisticsApi]);
        using (var oneScope = await platform.RequestTokenAsync(clientId, secret, ApiScopes.StatsOffresDemandes))
        {
            var token = (await oneScope.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
            var halfCaller = new ApiCaller(platform.Client, clientId, token);
            using var forbidden = await halfCaller.SendAsync(HttpMethod.Post, Api + "/indicateur/stat-demandeurs", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using var granted = await platform.RequestTokenAsync(clientId, secret, "api_stats-offres-demandes-emploiv1 offresetdemandesemploi");
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Equal("api_stats-offres-demandes-emploiv1 offresetdemandesemploi",
            (await granted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("scope").GetString());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Referentials_list_territories_activities_and_nomenclatures_and_refuse_unknown_types(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await NewStatisticsCallerAsync(platform);

        async Task<List<JsonElement>> ListAsync(string path)
        {
            using var response = await caller.GetAsync(Api + "/referentiel/" + path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
        }

        var types = await ListAsync("type-territoires");
        Assert.Equal(["NAT", "REG", "DEP", "ZE", "EPCI", "COM"], types.Select(t => t.GetProperty("codeTypeTerritoire").GetString()));
        var departements = await ListAsync("territoires/DEP");
        Assert.Contains(departements, d => d.GetProperty("codeTerritoire").GetString() == "69" && d.GetProperty("libTerritoire").GetString() == "Rhône");
        Assert.Contains(departements, d => d.GetProperty("codeTerritoire").GetString() == "2A");
        var zones = await ListAsync("territoires/ze");
        Assert.Contains(zones, z => z.GetProperty("libTerritoire").GetString() == "Zone d'emploi de Lyon");
        Assert.Contains(zones, z => z.GetProperty("libTerritoire").GetString() == "Zone d'emploi du Havre");
        Assert.Single(await ListAsync("territoires/NAT"));
        Assert.Contains(await ListAsync("activites/ROME"), a => a.GetProperty("codeActivite").GetString() == "A1101");
        Assert.Contains(await ListAsync("activites/NAF"), a => a.GetProperty("codeActivite").GetString() == "62.01Z");
        Assert.Equal(["A", "B", "C", "ABC", "D", "E"], (await ListAsync("nomenclatures/CATCAND")).Select(n => n.GetProperty("codeNomenclature").GetString()));
        Assert.Contains(await ListAsync("nomenclatures/NIVFORM"), n => n.GetProperty("codeNomenclature").GetString() == "NV1");
        // The codes of the files without a route (recruitment projects, sectors) are described too.
        Assert.Equal([("DIFFICILE", "Jugés difficiles"), ("NON_DIFFICILE", "Non jugés difficiles")],
            (await ListAsync("nomenclatures/DIFFICULTE")).Select(n => (n.GetProperty("codeNomenclature").GetString(), n.GetProperty("libNomenclature").GetString())));
        Assert.Equal(["SAISONNIER", "NON_SAISONNIER"], (await ListAsync("nomenclatures/saisonnalite")).Select(n => n.GetProperty("codeNomenclature").GetString()));

        foreach (var (path, message) in new[]
        {
            ("territoires/PAYS", "Le type de territoire « PAYS » est inconnu : NAT, REG, DEP, ZE, EPCI, COM."),
            ("activites/METIER", "Le type d'activité « METIER » est inconnu : CUMUL, ROME, DOMAINE, GRAND_DOMAINE, NAF."),
            ("nomenclatures/XYZ", "La nomenclature « XYZ » est inconnue : CATCAND,"),
            ("periodes/MOIS", "Le type de période « MOIS » est inconnu : TRIMESTRE, ANNEE, GLISSANT_12_MOIS."),
        })
        {
            using var response = await caller.GetAsync(Api + "/referentiel/" + path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.StartsWith(message, json.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    private static async Task<StatisticsCaller> NewStatisticsCallerAsync(ApiPlatform platform)
    {
        var (clientId, secret) = await platform.CreateApplicationAsync([.. ApiScopes.StatisticsApi]);
        var token = await platform.GetTokenAsync(clientId, secret, string.Join(' ', ApiScopes.StatisticsApi));
        return new StatisticsCaller(new ApiCaller(platform.Client, clientId, token));
    }

    private sealed class StatisticsCaller(ApiCaller caller)
    {
        public Task<HttpResponseMessage> PostAsync(string route, string json) =>
            caller.SendAsync(HttpMethod.Post, Api + "/indicateur/" + route, new StringContent(json, Encoding.UTF8, "application/json"));

        public Task<HttpResponseMessage> GetAsync(string path) => caller.GetAsync(path);
    }
}
