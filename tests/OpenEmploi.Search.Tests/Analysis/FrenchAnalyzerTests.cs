using System.Text;
using OpenEmploi.Search.Analysis;

namespace OpenEmploi.Search.Tests.Analysis;

public sealed class FrenchAnalyzerTests
{
    private static List<string> Terms(string text) => FrenchAnalyzer.Instance.AnalyzeToList(text);

    [Theory]
    [InlineData("Électricien", "electricien")]
    [InlineData("ÉLECTRICIEN", "electricien")]
    [InlineData("E\u0301lectricien", "electricien")]   // decomposed accent
    [InlineData("Pâtissier", "patissier")]
    [InlineData("Cœur", "coeur")]
    [InlineData("Ｅｌｅｃｔｒｉｃｉｅｎ", "electricien")]
    public void Case_and_diacritics_are_folded(string text, string plain) =>
        Assert.Equal(Terms(plain), Terms(text));

    [Fact]
    public void Elided_articles_are_dropped_before_the_word()
    {
        var hotellerie = Assert.Single(Terms("l'hôtellerie"));
        Assert.StartsWith("hotel", hotellerie, StringComparison.Ordinal);
        Assert.Equal(["accueil"], Terms("d'accueil"));
        Assert.Equal(["accueil"], Terms("d’accueil"));
        Assert.Equal(Terms("entreprise"), Terms("l’entreprise"));
        Assert.Equal(Terms("emploi"), Terms("c'emploi"));
        Assert.Empty(Terms("qu'il"));
        Assert.Empty(Terms("lorsqu'il jusqu'à puisqu’elle"));
    }

    [Theory]
    [InlineData("vendeur", "vendeuse")]
    [InlineData("vendeur", "vendeurs")]
    [InlineData("vendeur", "vendeuses")]
    [InlineData("infirmier", "infirmière")]
    [InlineData("infirmier", "infirmiers")]
    [InlineData("infirmier", "infirmières")]
    [InlineData("serveur", "serveuse")]
    [InlineData("coiffeur", "coiffeuse")]
    [InlineData("directeur", "directrice")]
    [InlineData("conducteur", "conductrices")]
    [InlineData("technicien", "technicienne")]
    [InlineData("cuisinier", "cuisinière")]
    [InlineData("agent", "agents")]
    [InlineData("agent", "agente")]
    [InlineData("chauffeur", "chauffeurs")]
    [InlineData("commercial", "commerciaux")]
    [InlineData("commercial", "commerciale")]
    [InlineData("commercial", "commerciales")]
    [InlineData("développeur", "développeuse")]
    [InlineData("employé", "employée")]
    [InlineData("employé", "employés")]
    [InlineData("boulanger", "boulangère")]
    [InlineData("sportif", "sportive")]
    [InlineData("chef", "cheffe")]
    [InlineData("ingénieur", "ingénieure")]
    [InlineData("bureau", "bureaux")]
    [InlineData("aide-soignant", "aides-soignantes")]
    public void Plural_and_feminine_forms_share_a_term(string masculine, string other) =>
        Assert.Equal(Terms(masculine), Terms(other));

    [Theory]
    [InlineData("vente", "vendeur")]
    [InlineData("cuisine", "cuisinier")]
    [InlineData("commerce", "commercial")]
    public void Derived_words_are_not_conflated(string a, string b) =>
        Assert.NotEqual(Terms(a), Terms(b));

    [Theory]
    [InlineData("aide-soignant", new[] { "aid", "soignant" })]
    [InlineData("Chauffeur/Livreur", new[] { "chauffeur", "livreur" })]
    [InlineData("Agent/Agente", new[] { "agent", "agent" })]
    [InlineData("Serveur H/F", new[] { "serveur" })]
    [InlineData("Serveur (F/H)", new[] { "serveur" })]
    [InlineData("Serveur H-F", new[] { "serveur" })]
    [InlineData("Vendeur(se) - h/f", new[] { "vendeur" })]
    [InlineData("Conseiller/ère", new[] { "conseiller" })]
    public void Hyphens_and_slashes_split_words_and_gender_markers_go(string text, string[] expected) =>
        Assert.Equal(expected, Terms(text));

    [Fact]
    public void Stop_words_are_dropped_but_not_trade_words()
    {
        Assert.Equal(["chef", "cuisin", "agent", "entretien"], Terms("Le chef de la cuisine et un agent d'entretien pour vous"));
        Assert.True(FrenchStopWords.IsStopWord("les"));
        Assert.True(FrenchStopWords.IsStopWord("h"));
        Assert.False(FrenchStopWords.IsStopWord("agent"));
        Assert.False(FrenchStopWords.IsStopWord("chef"));
    }

    [Fact]
    public void Numbers_are_kept_apart_from_letters()
    {
        Assert.Equal(["35", "semain"], Terms("35h/semaine"));
        Assert.Equal(["bac", "2"], Terms("Bac+2"));
        Assert.Equal(["cdd", "12", "moi"], Terms("CDD de 12 mois"));
    }

    [Fact]
    public void Positions_count_emitted_terms_in_order()
    {
        var seen = new List<(string Term, int Position)>();
        FrenchAnalyzer.Instance.Analyze("Chef de projet / Chef d'équipe (H/F)", (term, position) => seen.Add((term.ToString(), position)));

        Assert.Equal([("chef", 0), ("projet", 1), ("chef", 2), ("equip", 3)], seen);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\r\n ")]
    [InlineData("... !? -- / '' « » (H/F) ’")]
    public void Text_without_words_yields_nothing(string text) =>
        Assert.Empty(Terms(text));

    [Fact]
    public void Very_long_text_and_words_are_handled()
    {
        var text = new StringBuilder()
            .Append(new string('x', 100_000))
            .Append(' ')
            .Insert(0, "Vendeuse en boulangerie, CDI 35h. ", 20_000)
            .Append("fin")
            .ToString();

        var terms = Terms(text);

        Assert.Equal(20_000 * 4 + 1, terms.Count);   // vendeur, boulangeri, cdi, 35
        Assert.Equal("fin", terms[^1]);
        Assert.All(terms, t => Assert.True(t.Length <= FrenchAnalyzer.MaxTermLength));
    }
}
