using System.Globalization;
using System.Text;
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

    [Fact]
    public void Fold_gives_what_the_whole_text_normalised_by_icu_gives_for_every_character_and_mixed_texts()
    {
        // Fold decomposes from a table instead of calling Normalize(FormD) on the text: every
        // character below U+3000 alone, then random texts of them with combining marks, accents
        // typed apart, ligatures and punctuation mixed in, must fold as the reference does.
        for (var c = 0; c < 0x3000; c++)
        {
            var s = "A" + (char)c + "é";
            Assert.Equal(Reference(s), TextFolding.Fold(s));
        }
        var random = new Random(20261130);
        char[] alphabet = [.. "aeEéÉèêëÀçÇœŒæßøØ'’-–/ \t\u00A0\u0301\u0327\u0308\u2019ǅǈİıﬁ\u1E09ṩ"];
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(1, 12)];
            for (var k = 0; k < chars.Length; k++)
                chars[k] = random.Next(3) == 0 ? (char)random.Next(0x80, 0x3000) : alphabet[random.Next(alphabet.Length)];
            var s = new string(chars);
            Assert.Equal(Reference(s), TextFolding.Fold(s));
        }
    }

    // Fold as it was written first: ICU's FormD of the whole text, then the same per-character rules.
    private static string Reference(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
                continue;
            var c = char.ToLowerInvariant(raw);
            if (c is '\'' or '’' or '‘' or 'ʼ' or '-' or '‐' or '–' or '/' || char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            switch (c)
            {
                case 'œ': builder.Append("oe"); break;
                case 'æ': builder.Append("ae"); break;
                case 'ø': builder.Append('o'); break;
                case 'ß': builder.Append("ss"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
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
