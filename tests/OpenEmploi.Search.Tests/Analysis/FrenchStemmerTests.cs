using OpenEmploi.Search.Analysis;

namespace OpenEmploi.Search.Tests.Analysis;

public sealed class FrenchStemmerTests
{
    private static string Stem(string folded)
    {
        var buffer = folded.ToCharArray();
        return new string(buffer, 0, FrenchStemmer.Stem(buffer));
    }

    [Theory]
    [InlineData("vendeuses", "vendeur")]
    [InlineData("directrice", "directeur")]
    [InlineData("ambassadrice", "ambassadeur")]
    [InlineData("infirmiere", "infirmier")]
    [InlineData("technicienne", "technicien")]
    [InlineData("commerciaux", "commercial")]
    [InlineData("reseaux", "reseau")]
    [InlineData("actives", "actif")]
    [InlineData("employee", "employ")]
    [InlineData("employe", "employ")]
    [InlineData("agente", "agent")]
    [InlineData("process", "process")]
    [InlineData("caisses", "cais")]
    public void Rules_give_the_documented_stems(string folded, string stem) =>
        Assert.Equal(stem, Stem(folded));

    [Theory]
    [InlineData("bac")]
    [InlineData("cap")]
    [InlineData("ans")]
    [InlineData("rue")]
    public void Short_words_are_unchanged(string folded) =>
        Assert.Equal(folded, Stem(folded));

    [Fact]
    public void Stems_keep_at_least_three_letters()
    {
        foreach (var word in new[] { "aide", "aides", "idee", "cees", "taux", "eaux", "ivee" })
            Assert.True(Stem(word).Length >= 3, word);
    }
}
