using OpenEmploi.Ingestion.Deduplication;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

public sealed class DedupTextTests
{
    [Theory]
    [InlineData("Vendeur H/F", "vendeur")]
    [InlineData("Vendeur (H/F)", "vendeur")]
    [InlineData("Vendeur F/H", "vendeur")]
    [InlineData("Vendeur (h-f)", "vendeur")]
    [InlineData("Vendeur H / F / X", "vendeur")]
    [InlineData("Vendeur (F/H/X) - CDI", "vendeur - cdi")]
    [InlineData("Chef de rayon", "chef de rayon")]
    public void Gender_markers_are_dropped(string title, string expected) => Assert.Equal(expected, DedupText.Normalise(title));

    [Fact]
    public void Nfkc_then_lower_case()
    {
        // Full-width letters, the "ﬁ" ligature and a non-breaking space are compatibility forms.
        Assert.Equal("cdi efficace 35 h", DedupText.Normalise("ＣＤＩ e\uFB03cace 35\u00A0H"));
        Assert.Equal("électricien", DedupText.Normalise("ÉLECTRICIEN"));
    }

    [Theory]
    // A telltale character without its pattern: nothing is dropped.
    [InlineData("Poste à Saint-Étienne, horaires 8h-16h\r\n\r\n  Ventes / caisse ", "poste à saint-étienne, horaires 8h-16h\nventes / caisse")]
    [InlineData("Voir http ou www sans adresse, réf. 12345678", "voir http ou www sans adresse, réf. 12345678")]
    [InlineData("Écrire à l'@ccueil", "écrire à l'@ccueil")]
    // Letters outside the basic plane are lower-cased as pairs (DESERET CAPITAL LONG I).
    [InlineData("\U00010400 Équipe", "\U00010428 équipe")]
    // One pattern among telltales of the others: only it is dropped.
    [InlineData("Caissier - Lyon 3e\nVendeur h/f 2 jours/semaine", "caissier - lyon 3e\nvendeur 2 jours/semaine")]
    public void A_text_is_lower_cased_and_collapsed_whether_or_not_a_pattern_matches(string text, string expected) =>
        Assert.Equal(expected, DedupText.Normalise(text));

    [Fact]
    public void Html_tags_become_lines_or_spaces_and_entities_are_decoded()
    {
        var text = DedupText.Normalise("<p>Vous <b>accueillez</b> la client&egrave;le.</p><ul><li>Vente</li><li>Caisse &amp; stock</li></ul><script>var x = 1;</script>");
        Assert.Equal("vous accueillez la clientèle.\nvente\ncaisse & stock", text);
    }

    [Fact]
    public void Urls_emails_and_phone_numbers_are_dropped()
    {
        var text = DedupText.Normalise(
            "Postulez sur https://www.jobs.example/offre/12?utm_source=x ou www.autre.example\n" +
            "Contact : recrutement.lyon@boulangerie-martin.fr, 04 72 10 20 30 ou +33 (0)6.12.34.56.78 ou 0612345678\n" +
            "Bac +2 exigé, 35 h par semaine, 2 000 € brut");
        Assert.Equal("postulez sur ou\ncontact : , ou ou\nbac +2 exigé, 35 h par semaine, 2 000 € brut", text);
    }

    [Fact]
    public void White_space_is_collapsed_and_empty_lines_dropped()
    {
        Assert.Equal("un deux\ntrois", DedupText.Normalise("  Un \t deux  \r\n\r\n   \n Trois  "));
        Assert.Equal("", DedupText.Normalise(null));
        Assert.Equal("", DedupText.Normalise(" \n "));
    }
}
