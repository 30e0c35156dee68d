using OpenEmploi.Search.Query;
using static OpenEmploi.Web.Tests.OffresApi.Parameters.Parsing;

namespace OpenEmploi.Web.Tests.OffresApi.Parameters;

/// <summary>Each parameter lands on the right <see cref="SearchQuery"/> property.</summary>
public sealed class MappingTests
{
    [Fact]
    public void A_bare_call_is_the_default_query_with_the_api_facets()
    {
        var q = Query("");

        Assert.Equal(new SearchQuery { Facets = q.Facets }, q);
        Assert.Equal([FacetKind.TypeContrat, FacetKind.Experience, FacetKind.Qualification, FacetKind.NatureContrat], q.Facets);
        Assert.Equal(0, q.Start);
        Assert.Equal(149, q.End);
        Assert.Equal(10, q.DistanceKm);
    }

    [Fact]
    public void Unknown_parameters_and_empty_values_are_ignored()
    {
        var q = Query("?foo=bar&typeContrat=&commune=&sort=&range=&motsCles=%20&tempsPlein=&salaireMin=&periodeSalaire=");

        Assert.Equal(new SearchQuery { Facets = q.Facets }, q);
    }

    [Fact]
    public void Code_lists_are_split_trimmed_and_deduplicated()
    {
        var q = Query("?typeContrat=CDI,%20CDD,CDI&natureContrat=E1,E2&departement=69,2A&commune=75056,69381&codeROME=M1805,K2204");

        Assert.Equal(["CDI", "CDD"], q.TypesContrat);
        Assert.Equal(["E1", "E2"], q.NaturesContrat);
        Assert.Equal(["69", "2A"], q.Departements);
        Assert.Equal(["75056", "69381"], q.Communes);
        Assert.Equal(["M1805", "K2204"], q.CodesRome);
    }

    [Fact]
    public void A_repeated_parameter_reads_as_one_comma_separated_value()
    {
        Assert.Equal(["CDI", "CDD"], Query("?typeContrat=CDI&typeContrat=CDD").TypesContrat);
        Assert.Equal(Incorrecte("region"), Error("?region=11&region=84"));
    }

    [Fact]
    public void Limits_of_lists_are_inclusive()
    {
        Assert.Equal(5, Query("?departement=01,02,03,04,05").Departements.Count);
        Assert.Equal(5, Query("?commune=75056,69123,13055,33063,31555").Communes.Count);
        Assert.Equal(2, Query("?secteurActivite=62,47").SecteursActivite.Count);
        Assert.Equal(["62.01Z", "56.10A"], Query("?codeNAF=62.01Z,56.10A").CodesNaf);
        var rome = string.Join(',', Data.Rome.Metiers.Take(200).Select(m => m.CodeRome));
        Assert.Equal(200, Query("?codeROME=" + rome).CodesRome.Count);
        var tooMany = string.Join(',', Data.Rome.Metiers.Take(201).Select(m => m.CodeRome));
        Assert.Equal(Incorrecte("codeROME"), Error("?codeROME=" + tooMany));
    }

    [Fact]
    public void Communes_accept_arrondissements_of_paris_lyon_and_marseille()
    {
        Assert.Equal(["75108", "69381", "13201", "75056"], Query("?commune=75108,69381,13201,75056").Communes);
    }

    [Fact]
    public void Single_codes_map_onto_their_properties()
    {
        var q = Query("?domaine=M18&appellation=38971&region=84&niveauFormation=NV4&permis=B&theme=12&paysContinent=01");

        Assert.Equal("M18", q.Domaine);
        Assert.Equal("38971", q.Appellation);
        Assert.Equal("84", q.Region);
        Assert.Equal("NV4", q.NiveauFormation);
        Assert.Equal("B", q.Permis);
        Assert.Equal(["12"], q.Themes);
        Assert.Equal("01", q.PaysContinent);
    }

    [Theory]
    [InlineData("12,21", new[] { "12", "21" })]
    [InlineData("01", new[] { "01" })]
    public void Themes_are_a_list(string value, string[] expected) => Assert.Equal(expected, Query("?theme=" + value).Themes);

    [Theory]
    [InlineData("01")]
    [InlineData("05")]
    [InlineData("EUR")]
    [InlineData("ASI")]
    public void PaysContinent_takes_a_country_or_a_continent(string code) => Assert.Equal(code, Query("?paysContinent=" + code).PaysContinent);

    [Fact]
    public void Naf_parameters_map_onto_divisions_and_sous_classes()
    {
        var q = Query("?secteurActivite=62&codeNAF=62.01Z");

        Assert.Equal(["62"], q.SecteursActivite);
        Assert.Equal(["62.01Z"], q.CodesNaf);
    }

    [Theory]
    [InlineData("0", ExperienceBand.NonPrecisee)]
    [InlineData("1", ExperienceBand.MoinsDunAn)]
    [InlineData("2", ExperienceBand.UnATroisAns)]
    [InlineData("3", ExperienceBand.PlusDeTroisAns)]
    public void Experience_maps_onto_its_band(string value, ExperienceBand band) => Assert.Equal(band, Query("?experience=" + value).Experience);

    [Theory]
    [InlineData("D", 'D')]
    [InlineData("E", 'E')]
    [InlineData("S", 'S')]
    public void Experience_exigence_maps_onto_its_letter(string value, char expected) =>
        Assert.Equal(expected, Query("?experienceExigence=" + value).ExperienceExigence);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("2", 2)]
    public void OrigineOffre_maps_onto_its_number(string value, int expected) => Assert.Equal(expected, Query("?origineOffre=" + value).OrigineOffre);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("9", 9)]
    public void Qualification_maps_onto_its_number(string value, int expected) => Assert.Equal(expected, Query("?qualification=" + value).Qualification);

    [Fact]
    public void Partners_are_included_by_default_and_excluded_with_exclu()
    {
        var included = Query("?partenaires=INDEED,JOBI_JOBA2");
        var explicitInclus = Query("?partenaires=INDEED&modeSelectionPartenaires=INCLUS");
        var excluded = Query("?partenaires=INDEED&modeSelectionPartenaires=EXCLU");

        Assert.Equal(["INDEED", "JOBI_JOBA2"], included.Partenaires);
        Assert.False(included.PartenairesExclus);
        Assert.False(explicitInclus.PartenairesExclus);
        Assert.True(excluded.PartenairesExclus);
        Assert.Empty(Query("?modeSelectionPartenaires=EXCLU").Partenaires);
    }

    [Theory]
    [InlineData("?tempsPlein=true", true, false)]
    [InlineData("?tempsPlein=FALSE", false, false)]
    [InlineData("?dureeHebdo=1", true, false)]
    [InlineData("?dureeHebdo=2", false, false)]
    [InlineData("?dureeHebdo=0", null, true)]
    [InlineData("?dureeHebdo%20=2", false, false)]
    [InlineData("?dureeHebdo+=1", true, false)]
    [InlineData("?tempsPlein=true&dureeHebdo=2", true, false)]
    [InlineData("?tempsPlein=false&dureeHebdo=0", false, false)]
    public void TempsPlein_and_dureeHebdo_map_onto_full_time(string query, bool? tempsPlein, bool nonPrecisee)
    {
        var q = Query(query);

        Assert.Equal(tempsPlein, q.TempsPlein);
        Assert.Equal(nonPrecisee, q.DureeHebdoNonPrecisee);
    }

    [Fact]
    public void Weekly_hours_are_hhmm_in_minutes()
    {
        var q = Query("?dureeHebdoMin=1530&dureeHebdoMax=3500");

        Assert.Equal((15 * 60) + 30, q.DureeHebdoMinMinutes);
        Assert.Equal(35 * 60, q.DureeHebdoMaxMinutes);
        Assert.Equal(0, Query("?dureeHebdoMin=0000").DureeHebdoMinMinutes);
    }

    [Theory]
    [InlineData("6", 6)]
    [InlineData("0", 0)]
    [InlineData("99", 99)]
    [InlineData("1.5", 1.5)]
    [InlineData("1,5", 1.5)]
    [InlineData("99.0", 99)]
    public void Contract_months_are_decimals_from_0_to_99(string value, double expected)
    {
        var q = Query($"?dureeContratMin={value}&dureeContratMax={value}");

        Assert.Equal((decimal)expected, q.DureeContratMinMois);
        Assert.Equal((decimal)expected, q.DureeContratMaxMois);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("30", 30)]
    [InlineData("1000", 1000)]
    public void Distance_is_whole_kilometres_up_to_1000(string value, double expected) =>
        Assert.Equal(expected, Query("?commune=42218&distance=" + value).DistanceKm);

    [Fact]
    public void Creation_dates_are_utc()
    {
        var q = Query("?minCreationDate=2026-11-01T10:20:30Z&maxCreationDate=2026-11-28T23:59:59Z");

        Assert.Equal(new DateTime(2026, 11, 1, 10, 20, 30, DateTimeKind.Utc), q.MinCreationDate);
        Assert.Equal(DateTimeKind.Utc, q.MinCreationDate!.Value.Kind);
        Assert.Equal(new DateTime(2026, 11, 28, 23, 59, 59, DateTimeKind.Utc), q.MaxCreationDate);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("3", 3)]
    [InlineData("7", 7)]
    [InlineData("14", 14)]
    [InlineData("31", 31)]
    public void PublieeDepuis_is_days(string value, int days) => Assert.Equal(days, Query("?publieeDepuis=" + value).PublieeDepuisJours);

    [Theory]
    [InlineData("M", SalaryPeriod.Mensuel, "1923.50", 1923.50)]
    [InlineData("A", SalaryPeriod.Annuel, "30000", 30000)]
    [InlineData("H", SalaryPeriod.Horaire, "12,5", 12.5)]
    [InlineData("C", SalaryPeriod.Cachet, "0", 0)]
    public void Salary_pairs_an_amount_with_its_period(string period, SalaryPeriod expected, string amount, double value)
    {
        var q = Query($"?salaireMin={amount}&periodeSalaire={period}");

        Assert.Equal((decimal)value, q.SalaireMin);
        Assert.Equal(expected, q.PeriodeSalaire);
    }

    [Fact]
    public void Booleans_map_onto_their_properties_in_any_case()
    {
        var q = Query("?accesTravailleurHandicape=true&offresMRS=false&offresManqueCandidats=True&entreprisesAdaptees=TRUE"
            + "&employeursHandiEngages=false&alternance=true&inclureLimitrophes=true&departement=69");

        Assert.True(q.AccesTravailleurHandicape);
        Assert.False(q.OffresMrs);
        Assert.True(q.OffresManqueCandidats);
        Assert.True(q.EntreprisesAdaptees);
        Assert.False(q.EmployeursHandiEngages);
        Assert.True(q.Alternance);
        Assert.True(q.InclureLimitrophes);
        Assert.True(Query("?offresMRS=true").OffresMrs);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("C15")]
    [InlineData("L14")]
    [InlineData("M")]
    [InlineData("M13")]
    [InlineData("M18")]
    [InlineData("N")]
    public void GrandDomaine_takes_a_letter_or_a_sub_group(string value) => Assert.Equal(value, Query("?grandDomaine=" + value).GrandDomaine);

    [Fact]
    public void Parameter_names_match_whatever_their_case_as_asp_net_core_reads_them()
    {
        Assert.Equal(["CDI"], Query("?TYPECONTRAT=CDI").TypesContrat);
    }
}
