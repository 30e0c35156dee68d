using OpenEmploi.Ingestion.Deduplication;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>
/// De-duplication's text is lower-cased from a table instead of the platform's ICU call: the
/// same text for every character, alone and among others, surrogates (left to the platform) included.
/// </summary>
public sealed class InvariantLowerCaseTests
{
    [Fact]
    public void Every_character_of_the_basic_plane_lowers_as_the_platform_lowers_it()
    {
        var all = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
            all[i] = (char)i;
        // Without surrogates (each alone would send the whole text to the platform).
        var plane = all.Where(c => !char.IsSurrogate(c)).ToArray();
        Assert.Equal(Platform(plane), Table(plane));
        foreach (var c in plane)
            Assert.Equal(char.ToLowerInvariant(c), Table([c])[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("VENDEUR H/F – Lyon 3e")]
    [InlineData("ÉTÉ À L'ŒUVRE : Ærø, STRASSE, İSTANBUL, ΣΟΦΊΑ, ǅ ǈ ǋ, Ｌｙｏｎ")]
    [InlineData("Emoji 😀 and a Deseret capital 𐐀 beyond the basic plane, ÉTÉ")]
    [InlineData("A lone high surrogate \uD801 then ÉTÉ, a lone low one \uDC00")]
    public void A_text_lowers_as_the_platform_lowers_it(string text)
    {
        Assert.Equal(Platform(text), Table(text));
    }

    [Fact]
    public void Random_texts_lower_as_the_platform_lowers_them()
    {
        var random = new Random(5);
        for (var n = 0; n < 2000; n++)
        {
            var text = new char[random.Next(0, 200)];
            for (var i = 0; i < text.Length; i++)
                text[i] = random.Next(4) switch { 0 => (char)random.Next(0x20, 0x80), 1 => (char)random.Next(0x80, 0x250), 2 => (char)random.Next(0x370, 0x530), _ => (char)random.Next(0x250, 0x10000) };
            Assert.Equal(Platform(text), Table(text));
        }
    }

    private static string Platform(ReadOnlySpan<char> text)
    {
        var into = new char[text.Length];
        return new string(into, 0, text.ToLowerInvariant(into));
    }

    private static string Table(ReadOnlySpan<char> text)
    {
        var into = new char[text.Length];
        return new string(into, 0, InvariantLowerCase.ToLower(text, into));
    }
}
