using OpenEmploi.Core.Text;

namespace OpenEmploi.Core.Tests.Referentiels;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Saint-Étienne", "saint etienne")]
    [InlineData("SAINT-ÉTIENNE", "saint etienne")]
    [InlineData("L'Haÿ-les-Roses", "l hay les roses")]
    [InlineData("Saint-Jean-d’Angély", "saint jean d angely")]
    [InlineData("Œuvre ŒUVRE cœur", "oeuvre oeuvre coeur")]
    [InlineData("Ex æquo Æ", "ex aequo ae")]
    [InlineData("Français garçon", "francais garcon")]
    [InlineData("Développeur / Développeuse", "developpeur developpeuse")]
    [InlineData("  a  -  b  ", "a b")]
    [InlineData("Île-de-France", "ile de france")]
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("", "")]
    [InlineData(" -'/ ", "")]
    public void Fold_makes_a_comparison_key(string input, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(input));
    }

    [Theory]
    [InlineData("etienne", "etienne", 0)]
    [InlineData("etiene", "etienne", 1)]
    [InlineData("etinene", "etienne", 1)]
    [InlineData("marseile", "marseille", 1)]
    [InlineData("lyon", "paris", 3)]
    public void EditDistance_counts_typos_up_to_a_bound(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Compute(a, b, max: 2));
    }
}
