using OpenEmploi.Search.Facts;
using OpenEmploi.Search.Index;
using OpenEmploi.Search.Query;
using static OpenEmploi.Search.Tests.Index.TestIndexes;

namespace OpenEmploi.Search.Tests.Index;

public sealed class KeywordTests
{
    private static readonly Lazy<OffreIndex> Index = new(() => Build(
    [
        Offre("k1", "Développeur web", rome: "M1805"),
        Offre("k2", "Chef de projet", description: "Au sein de l'équipe, vous épaulez un développeur web.", rome: "M1806"),
        Offre("k3", "Programmeur", rome: "M1805"),
        Offre("k4", "Boulanger", description: "Fabrication du pain au levain.", rome: "D1102"),
        Offre("k5", "Vendeur", competences: "Développeur de relation client, web", rome: "D1214"),
        Offre("k6", "Web designer", metier: "Développeur", rome: "E1205"),
    ]));

    private static OffreFacts Offre(string id, string titre, string description = "", string competences = "", string metier = "", string? rome = null) => new()
    {
        Id = id, Source = "OPENEMPLOI", Origine = 1, DateCreation = T0, RomeCode = rome,
        Titre = titre, Description = description, Competences = competences, Metier = metier,
    };

    private static List<string> Ranked(params string[] keywords) =>
        [.. Index.Value.Search(new SearchQuery { Keywords = keywords, Sort = SearchSort.Relevance }, T0).Ids];

    [Fact]
    public void A_keyword_needs_all_its_terms_in_any_field_or_a_synonym_rome()
    {
        Assert.Equal(["k1", "k2", "k3", "k5", "k6"], Ranked("développeur web").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Keywords_combine_with_AND()
    {
        Assert.Equal(["k4"], Ranked("boulanger", "pain"));
        Assert.Empty(Ranked("boulanger", "levain", "projet"));
    }

    [Fact]
    public void Title_ranks_above_metier_above_skills_above_description()
    {
        var ranked = Ranked("développeur web");
        Assert.Equal("k1", ranked[0]);
        Assert.True(ranked.IndexOf("k6") < ranked.IndexOf("k5"), string.Join(",", ranked));
        Assert.True(ranked.IndexOf("k5") < ranked.IndexOf("k2"), string.Join(",", ranked));
    }

    [Fact]
    public void A_job_title_synonym_finds_offers_of_that_rome_below_title_hits()
    {
        var ranked = Ranked("développeur web");
        Assert.Contains("k3", ranked);
        Assert.True(ranked.IndexOf("k1") < ranked.IndexOf("k3"));
        Assert.Contains("k1", Ranked("programmeur"));
    }

    [Fact]
    public void Keywords_are_analysed_like_the_documents()
    {
        Assert.Equal(["k4"], Ranked("BOULANGÈRE"));
        Assert.Equal(["k4"], Ranked("l'levain"));
    }
}
