using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Analysis;

namespace OpenEmploi.Search.Tests.Analysis;

public sealed class JobTitleSynonymsTests
{
    private static readonly Lazy<JobTitleSynonyms> Synonyms = new(() => JobTitleSynonyms.Build(ReferenceData.LoadDefault()));

    private static IReadOnlyList<string> CodesFor(string query) =>
        Synonyms.Value.RomeCodesFor(FrenchAnalyzer.Instance.AnalyzeToList(query));

    [Fact]
    public void A_job_title_finds_its_metier_and_the_parent_fiche()
    {
        var codes = CodesFor("développeur web");

        Assert.Equal("M1855", codes[0]);   // "Développeur / Développeuse web", an exact appellation
        Assert.Contains("M1805", codes);   // its parent fiche, which also codes "Programmeur" offers
    }

    [Fact]
    public void A_synonym_finds_the_metier_whose_appellations_use_it()
    {
        Assert.Equal("M1805", CodesFor("programmeur")[0]);
        Assert.Equal("M1805", CodesFor("Programmeuses")[0]);
    }

    [Fact]
    public void Hyphenated_titles_match_spaced_queries() =>
        Assert.Equal("J1501", CodesFor("aide soignant")[0]);

    [Fact]
    public void A_feminine_title_finds_retail_metiers()
    {
        var codes = CodesFor("vendeuse");

        Assert.Contains(codes, c => c.StartsWith("D12", StringComparison.Ordinal));
        Assert.True(codes.Count <= JobTitleSynonyms.MaxCodes);
        Assert.Equal(codes, CodesFor("vendeurs"));
    }

    [Fact]
    public void Every_term_must_appear_in_a_label()
    {
        Assert.Empty(CodesFor("xyzzy"));
        Assert.Empty(CodesFor("développeur xyzzy"));
        Assert.Empty(CodesFor(""));
        Assert.Empty(Synonyms.Value.RomeCodesFor([]));
    }

    [Fact]
    public void Generic_words_are_capped()
    {
        var codes = CodesFor("agent");

        Assert.Equal(JobTitleSynonyms.MaxCodes, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}
