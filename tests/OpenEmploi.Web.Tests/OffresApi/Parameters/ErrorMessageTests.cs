using OpenEmploi.Web.Features.OffresApi.Parameters;
using static OpenEmploi.Web.Tests.OffresApi.Parameters.Parsing;

namespace OpenEmploi.Web.Tests.OffresApi.Parameters;

/// <summary>Every 400 message byte for byte, for every parameter that can be wrong.</summary>
public sealed class ErrorMessageTests
{
    [Theory]
    [InlineData("?typeContrat=XXX", "typeContrat")]
    [InlineData("?typeContrat=cdi", "typeContrat")]
    [InlineData("?typeContrat=CDI,", "typeContrat")]
    [InlineData("?typeContrat=CDI,XXX", "typeContrat")]
    [InlineData("?natureContrat=E9", "natureContrat")]
    [InlineData("?departement=00", "departement")]
    [InlineData("?departement=69,75,13,33,31,59", "departement")]
    [InlineData("?commune=00000", "commune")]
    [InlineData("?commune=75056,69123,13055,33063,31555,59350", "commune")]
    [InlineData("?region=99", "region")]
    [InlineData("?region=11,84", "region")]
    [InlineData("?codeROME=Z9999", "codeROME")]
    [InlineData("?appellation=1", "appellation")]
    [InlineData("?appellation=38971,10001", "appellation")]
    [InlineData("?domaine=M99", "domaine")]
    [InlineData("?domaine=M", "domaine")]
    [InlineData("?secteurActivite=00", "secteurActivite")]
    [InlineData("?secteurActivite=62.01Z", "secteurActivite")]
    [InlineData("?secteurActivite=62,47,56", "secteurActivite")]
    [InlineData("?codeNAF=6201Z", "codeNAF")]
    [InlineData("?codeNAF=62.01", "codeNAF")]
    [InlineData("?codeNAF=99.99Z", "codeNAF")]
    [InlineData("?codeNAF=62.01z", "codeNAF")]
    [InlineData("?codeNAF=62.01Z,56.10A,47.11F", "codeNAF")]
    [InlineData("?experience=4", "experience")]
    [InlineData("?origineOffre=3", "origineOffre")]
    [InlineData("?qualification=1", "qualification")]
    [InlineData("?dureeHebdo=3", "dureeHebdo")]
    [InlineData("?dureeHebdo%20=3", "dureeHebdo")]
    [InlineData("?dureeHebdo+=x", "dureeHebdo")]
    [InlineData("?niveauFormation=NV9", "niveauFormation")]
    [InlineData("?permis=Z", "permis")]
    [InlineData("?publieeDepuis=2", "publieeDepuis")]
    [InlineData("?distance=-1", "distance")]
    [InlineData("?distance=1001", "distance")]
    [InlineData("?distance=10.5", "distance")]
    [InlineData("?distance=dix", "distance")]
    [InlineData("?dureeHebdoMin=35", "dureeHebdoMin")]
    [InlineData("?dureeHebdoMin=3560", "dureeHebdoMin")]
    [InlineData("?dureeHebdoMax=35h00", "dureeHebdoMax")]
    [InlineData("?dureeContratMin=100", "dureeContratMin")]
    [InlineData("?dureeContratMin=-1", "dureeContratMin")]
    [InlineData("?dureeContratMax=99.5", "dureeContratMax")]
    [InlineData("?dureeContratMax=6.", "dureeContratMax")]
    [InlineData("?dureeContratMax=six", "dureeContratMax")]
    [InlineData("?minCreationDate=2026-11-01", "minCreationDate")]
    [InlineData("?minCreationDate=2026-11-01T10:00:00", "minCreationDate")]
    [InlineData("?maxCreationDate=2026-11-01T10:00:00.000Z", "maxCreationDate")]
    [InlineData("?maxCreationDate=2026-13-01T10:00:00Z", "maxCreationDate")]
    [InlineData("?salaireMin=-5&periodeSalaire=M", "salaireMin")]
    [InlineData("?salaireMin=abc&periodeSalaire=M", "salaireMin")]
    [InlineData("?salaireMin=2000&periodeSalaire=X", "periodeSalaire")]
    [InlineData("?salaireMin=2000", "periodeSalaire")]
    [InlineData("?periodeSalaire=M", "salaireMin")]
    [InlineData("?modeSelectionPartenaires=TOUS&partenaires=INDEED", "modeSelectionPartenaires")]
    [InlineData("?modeSelectionPartenaires=inclus&partenaires=INDEED", "modeSelectionPartenaires")]
    [InlineData("?partenaires=IN-DEED", "partenaires")]
    [InlineData("?partenaires=INDEED,,JOBIJOBA", "partenaires")]
    [InlineData("?theme=99", "theme")]
    [InlineData("?paysContinent=00", "paysContinent")]
    [InlineData("?paysContinent=eur", "paysContinent")]
    public void A_wrong_coded_value_is_incorrect(string query, string parameter)
    {
        var expected = Incorrecte(parameter);

        Assert.Equal(expected, Error(query));
        // French guillemets with an ordinary space inside, as public clients match them.
        Assert.Contains("« " + parameter + " »", expected, StringComparison.Ordinal);
        Assert.Equal(' ', expected[expected.IndexOf('«', StringComparison.Ordinal) + 1]);
    }

    [Theory]
    [InlineData("tempsPlein")]
    [InlineData("inclureLimitrophes")]
    [InlineData("accesTravailleurHandicape")]
    [InlineData("offresMRS")]
    [InlineData("offresManqueCandidats")]
    [InlineData("entreprisesAdaptees")]
    [InlineData("employeursHandiEngages")]
    [InlineData("alternance")]
    public void A_boolean_that_is_not_true_or_false_reports_its_format(string name)
    {
        var expected = $"Format du paramètre « {name} » incorrect. Booléen attendu.";

        Assert.Equal(expected, Error($"?{name}=oui"));
        Assert.Equal(expected, Error($"?{name}=1"));
        Assert.Equal(expected, Error($"?{name}=truee"));
    }

    [Theory]
    [InlineData("Z")]
    [InlineData("m18")]
    [InlineData("M19")]
    [InlineData("M,N")]
    public void An_unknown_grand_domaine_lists_the_expected_values(string value) =>
        Assert.Equal(
            "Format du paramètre « grandDomaine » incorrect. A, B, C, C15, D, E, F, G, H, I, J, K, L, L14, M15, M18, M, M16, M17, M13, M14 ou N attendu.",
            Error("?grandDomaine=" + Uri.EscapeDataString(value)));

    [Theory]
    [InlineData("X")]
    [InlineData("d")]
    [InlineData("DE")]
    public void An_unknown_experience_exigence_lists_the_expected_values(string value) =>
        Assert.Equal("Format du paramètre « experienceExigence » incorrect. D, E ou S attendu.", Error("?experienceExigence=" + value));

    [Fact]
    public void The_message_constants_are_the_contract_texts()
    {
        Assert.Equal("La plage de résultats demandée est trop importante.", ParameterErrors.PlageTropImportante);
        Assert.Equal("La position de début doit être inférieure ou égale à 3000.", ParameterErrors.DebutTropGrand);
        Assert.Equal("Format du paramètre « range » incorrect. <entier>-<entier> attendu.", ParameterErrors.RangeFormat);
        Assert.Equal("Valeur du paramètre « typeContrat » incorrecte.", ParameterErrors.ValeurIncorrecte("typeContrat"));
        Assert.Equal("Format du paramètre « tempsPlein » incorrect. Booléen attendu.", ParameterErrors.BooleenAttendu("tempsPlein"));
        // No narrow or non-breaking space anywhere: the public client compares plain spaces.
        string[] all =
        [
            ParameterErrors.PlageTropImportante, ParameterErrors.DebutTropGrand, ParameterErrors.RangeFormat,
            ParameterErrors.MotsClesFormat, ParameterErrors.GrandDomaineFormat, ParameterErrors.ExperienceExigenceFormat,
            ParameterErrors.ValeurIncorrecte("x"), ParameterErrors.BooleenAttendu("x"),
        ];
        Assert.All(all, m => Assert.DoesNotContain(m, c => c is '\u00A0' or '\u202F' or '\u2009' or '\u2019'));
    }
}
