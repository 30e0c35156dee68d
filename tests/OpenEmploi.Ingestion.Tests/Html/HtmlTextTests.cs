using OpenEmploi.Ingestion.Html;

namespace OpenEmploi.Ingestion.Tests.Html;

/// <summary>The one HTML reading the feed readers, the normaliser and de-duplication share.</summary>
public sealed class HtmlTextTests
{
    [Fact]
    public void Html_is_read_as_a_browser_renders_it_one_line_per_block_and_list_items_marked()
    {
        var text = HtmlText.ToPlainText(
            "<p>Nous recherchons un <strong>boulanger</strong> &amp; pâtissier.</p>\n<ul><li>CDI</li><li>35&nbsp;h</li></ul>"
            + "Salaire : 2 000 €<br/>Horaires <em>du\n   matin</em><script>track('<p>')</script><!-- <p>caché</p> --><style>p{}</style>");

        Assert.Equal("Nous recherchons un boulanger & pâtissier.\n- CDI\n- 35 h\nSalaire : 2 000 €\nHoraires du matin", text);
    }

    [Fact]
    public void Inline_tags_vanish_without_a_space_and_tags_are_read_whatever_their_case_and_attributes()
    {
        Assert.Equal("boulangers\nfournil", HtmlText.ToPlainText("<b>boulanger</b>s</P ><DIV class=\"x\">fournil</div>"));
    }

    [Fact]
    public void Text_without_tags_keeps_its_lines_and_a_lone_angle_bracket_stays()
    {
        Assert.Equal("Salaire < 2000 € & primes\r\nsuite".ReplaceLineEndings("\n"), HtmlText.ToPlainText("  Salaire < 2000 € &amp; primes\r\nsuite "));
        Assert.False(HtmlText.HasTags("salaire < 2000 et > 1500"));
        Assert.True(HtmlText.HasTags("a<br>b"));
    }

    [Fact]
    public void De_duplication_reads_list_items_without_their_marker()
    {
        Assert.Equal("Vente\nCaisse & stock", HtmlText.ToPlainText("<ul><li>Vente</li><li>Caisse &amp; stock</li></ul>", listMarkers: false));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("<p> </p><br/>")]
    public void A_field_with_nothing_but_spaces_and_tags_is_null(string? text) => Assert.Null(HtmlText.ToPlain(text));

    [Fact]
    public void A_wire_field_keeps_one_blank_line_at_most_or_becomes_one_line()
    {
        Assert.Equal("Vendeur\n\nCDI à temps plein", HtmlText.ToPlain("Vendeur \t\n\n\n  CDI  à temps\u00A0plein"));
        Assert.Equal("Boulanger & pâtissier H/F", HtmlText.ToPlain("<b>Boulanger</b> &amp;\npâtissier  H/F", singleLine: true));
    }

    [Theory]
    [InlineData("Vendeur en boulangerie H/F", false)]
    [InlineData("Vendeur en boulangerie H/F", true)]
    [InlineData("Première ligne.\nDeuxième ligne.\n\nUn paragraphe.", false)]
    public void A_text_already_tidy_is_kept_as_it_is(string text, bool singleLine)
    {
        Assert.Same(text, HtmlText.ToPlain(text, singleLine));
    }

    [Theory]
    [InlineData(" Vendeur", false, "Vendeur")]
    [InlineData("Vendeur ", false, "Vendeur")]
    [InlineData("Vendeur\n", false, "Vendeur")]
    [InlineData("Vendeur  H/F", false, "Vendeur H/F")]
    [InlineData("Vendeur\tH/F", false, "Vendeur H/F")]
    [InlineData("Vendeur\u00A0H/F", false, "Vendeur H/F")]
    [InlineData("Vendeur\u0001H/F", false, "Vendeur H/F")]
    [InlineData("Vendeur\u2009H/F", true, "Vendeur H/F")]
    [InlineData("Ligne\nsuite", true, "Ligne suite")]
    [InlineData("Ligne\nsuite", false, "Ligne\nsuite")]
    [InlineData("Ligne\n\n\nsuite", false, "Ligne\n\nsuite")]
    [InlineData("Ligne \nsuite", false, "Ligne\nsuite")]
    [InlineData("Ligne\n suite", false, "Ligne\nsuite")]
    [InlineData("Ligne\r\nsuite", false, "Ligne\nsuite")]
    [InlineData("a b", true, "a b")]
    [InlineData("x", true, "x")]
    public void Breaks_are_made_single_spaces_or_one_or_two_line_feeds(string text, bool singleLine, string expected)
    {
        Assert.Equal(expected, HtmlText.ToPlain(text, singleLine));
    }
}
