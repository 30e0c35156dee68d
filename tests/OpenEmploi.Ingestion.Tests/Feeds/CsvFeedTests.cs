using System.Text;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Feeds;

public sealed class CsvFeedTests
{
    [Fact]
    public async Task Generated_offers_survive_with_semicolons_and_a_byte_order_mark()
    {
        var options = FeedSamples.WithExtras(new FeedWriterOptions { Utf8Bom = true });
        var feed = await FeedSamples.WriteAsync(FeedFormat.Csv, FeedSamples.Entries.Take(3), options);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), feed[..3]);
        var offers = await RoundTrip.WriteAndReadAsync(FeedFormat.Csv, options);
        Assert.All(offers, o => Assert.NotNull(o.Employer.Siret));
        Assert.Equal(FeedSamples.Offers[5].Entry.Offre.CodeNAF, offers[5].Employer.Naf);
    }

    [Fact]
    public async Task Generated_offers_survive_with_commas()
    {
        var offers = await RoundTrip.WriteAndReadAsync(FeedFormat.Csv, new FeedWriterOptions { CsvSeparator = ',' });
        // Descriptions hold line breaks: each record's line must still be where it starts.
        Assert.True(offers[^1].LineNumber > offers.Count + 1);
    }

    [Fact]
    public async Task Columns_come_in_any_order_with_any_case_accents_and_unknown_ones()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Csv, """
            Titre,Référence interne,ID,Date création,latitude,Code-Postal,competences
            "Boulanger, H/F",X,A1,2026-03-01,"45,76",69003,"Pétrissage
            Façonnage | finitions"
            """);
        var offer = Assert.Single(FeedSamples.RawOffers(items));
        Assert.Equal(("A1", "Boulanger, H/F", "69003", 45.76), (offer.SourceId, offer.Title, offer.Place.PostalCode, offer.Place.Latitude!.Value));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(1)), offer.DatePosted);
        Assert.Equal(["Pétrissage", "Façonnage | finitions"], offer.Skills);
    }

    [Theory]
    [InlineData("titre;ville\nMaçon;Lyon\n", "ligne 1 : colonne « id » absente de l'en-tête (colonnes lues : titre, ville)")]
    [InlineData("identifiant;nom\n1;Maçon\n", "ligne 1 : colonnes « id » et « titre » absentes de l'en-tête (colonnes lues : identifiant, nom)")]
    [InlineData("", "flux vide : une ligne d'en-tête est attendue")]
    public async Task A_header_without_the_required_columns_is_one_error_for_record_zero(string feed, string message)
    {
        var error = Assert.IsType<FeedError>(Assert.Single(await FeedSamples.ReadAsync(FeedFormat.Csv, feed)));
        Assert.Equal((0, 1L, message), (error.RecordNumber, error.LineNumber, error.Message));
    }

    [Fact]
    public async Task Broken_rows_are_errors_with_their_line_and_reading_goes_on()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Csv, string.Join("\r\n",
            "id;titre;description;date_creation;longitude",
            "1;Maçon;\"Première ligne",
            "seconde ligne\";2026-03-01;4.8",
            "2;Plombier;trop;de;champs;ici",
            "",
            "3;Vendeur;;2026-13-45;quatre",
            "4;;;;",
            "5;Peintre;;01/03/2026;4,85",
            "6;Guillemet \"mal\" placé;;;",
            "7;Tronqué;\"jamais refermé;;"));
        var errors = items.OfType<FeedError>().Select(e => (e.RecordNumber, e.LineNumber!.Value, e.Message)).ToList();
        Assert.Equal(
        [
            (2, 4L, "ligne 4 : 6 champs au lieu des 5 de l'en-tête (séparateur « ; »)"),
            (3, 6L, "ligne 6, champ « date_creation » : « 2026-13-45 » n'est pas une date ; ligne 6, champ « longitude » : « quatre » n'est pas un nombre entre -180 et 180"),
            (4, 7L, "ligne 7, champ « titre » absent ou vide"),
            (6, 9L, "ligne 9 : guillemet au milieu d'un champ (un champ qui contient des guillemets doit être entre guillemets et les doubler)"),
            (7, 10L, "ligne 10 : guillemet ouvrant jamais refermé avant la fin du flux (enregistrement tronqué ?)"),
        ], errors);
        var offers = FeedSamples.RawOffers(items);
        Assert.Equal([1L, 5L], offers.Select(o => o.RecordNumber));
        Assert.Equal([2L, 8L], offers.Select(o => o.LineNumber!.Value));
        Assert.Equal("Première ligne\nseconde ligne", offers[0].Description);
        Assert.Equal(4.85, offers[1].Place.Longitude);
    }

    [Fact]
    public async Task Doubled_quotes_inside_quoted_fields_are_quotes()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Csv, "id,titre\n1,\"Vendeur \"\"polyvalent\"\"\"\n");
        Assert.Equal("Vendeur \"polyvalent\"", Assert.Single(FeedSamples.RawOffers(items)).Title);
    }
}
