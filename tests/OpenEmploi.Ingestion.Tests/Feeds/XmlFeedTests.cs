using OpenEmploi.Ingestion.Feeds;

namespace OpenEmploi.Ingestion.Tests.Feeds;

public sealed class XmlFeedTests
{
    private const string Header = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    [Fact]
    public async Task Generated_offers_survive_with_siret_and_contact()
    {
        var offers = await RoundTrip.WriteAndReadAsync(FeedFormat.Xml, FeedSamples.WithExtras());
        for (var i = 0; i < offers.Count; i++)
        {
            Assert.Equal(FeedSamples.Offers[i].Employeur.Siret, offers[i].Employer.Siret);
            Assert.Equal(FeedSamples.Offers[i].Entry.Offre.CodeNAF, offers[i].Employer.Naf);
            Assert.Equal("01 23 45 67 89", offers[i].Contact.Phone);
        }
    }

    [Fact]
    public async Task Without_extras_no_contact_is_written()
    {
        var feed = await FeedSamples.WriteAsync(FeedFormat.Xml, FeedSamples.Entries.Take(50));
        var text = System.Text.Encoding.UTF8.GetString(feed);
        Assert.DoesNotContain("<email>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<phone>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<siret>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Common_synonyms_nested_elements_attributes_and_cdata_are_read()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Xml, Header + """
            <rss><channel>
              <title>Un board</title>
              <offer reference="R-17">
                <jobtitle>Boulanger H/F</jobtitle>
                <description><![CDATA[<p>Pain &amp; viennoiseries</p><p>Dès 5 h</p>]]></description>
                <employer><name>Boulangerie Martin</name><siret>73282932000074</siret></employer>
                <contact><name>Mme Dupont</name><email>rh@martin.example</email></contact>
                <location><city>Lyon</city><zipcode>69003</zipcode><lat>45,76</lat><lng>4.85</lng></location>
                <jobtype>CDD de 6 mois</jobtype>
                <salary><min>1900</min><max>2100</max><period>MONTH</period></salary>
                <date_posted>01/03/2026</date_posted>
                <apply_url>https://board.example/r17</apply_url>
                <skills><skill>Pétrissage</skill><skill>Façonnage</skill></skills>
              </offer>
              <item><referencenumber>R-18</referencenumber><title>Vendeur</title><postal_code>75008</postal_code><publication_date>2026-03-02T09:30:00Z</publication_date></item>
            </channel></rss>
            """);
        var offers = FeedSamples.RawOffers(items);
        Assert.Equal(2, offers.Count);
        var martin = offers[0];
        Assert.Equal(("R-17", 4L), (martin.SourceId, martin.LineNumber!.Value));
        Assert.Equal("Pain & viennoiseries\nDès 5 h", martin.Description);
        Assert.Equal(("Boulangerie Martin", "73282932000074"), (martin.Employer.Name, martin.Employer.Siret));
        Assert.Equal(("Mme Dupont", "rh@martin.example"), (martin.Contact.Name, martin.Contact.Email));
        Assert.Equal(("Lyon", "69003", 45.76, 4.85), (martin.Place.City, martin.Place.PostalCode, martin.Place.Latitude!.Value, martin.Place.Longitude!.Value));
        Assert.Equal(("CDD de 6 mois", 1900m, 2100m, "MONTH"), (martin.ContractText, martin.SalaryMin, martin.SalaryMax, martin.SalaryPeriod));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(1)), martin.DatePosted);
        Assert.Equal(("https://board.example/r17", 2), (martin.ApplyUrl, martin.Skills.Count));
        Assert.Equal(("R-18", "75008", new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero)), (offers[1].SourceId, offers[1].Place.PostalCode, offers[1].DatePosted!.Value));
    }

    [Fact]
    public async Task An_unparsable_value_fails_its_job_only_with_the_element_line()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Xml, Header + """
            <jobs>
              <job><id>1</id><title>Maçon</title></job>
              <job>
                <id>2</id>
                <title>Plombier</title>
                <date>2026-13-45</date>
                <latitude>quarante</latitude>
              </job>
              <job><id>3</id><title>Vendeur</title></job>
              <job><id>4</id><title> </title></job>
              <job><title>Sans id</title></job>
            </jobs>
            """);
        var errors = items.OfType<Records.FeedError>().ToList();
        Assert.Equal(3, errors.Count);
        Assert.Equal((2, 7L), (errors[0].RecordNumber, errors[0].LineNumber));
        Assert.Equal("ligne 7, champ « date » : « 2026-13-45 » n'est pas une date ; ligne 8, champ « latitude » : « quarante » n'est pas un nombre entre -180 et 180", errors[0].Message);
        Assert.Equal((4, 11L, "ligne 11, champ « title » absent ou vide"), (errors[1].RecordNumber, errors[1].LineNumber, errors[1].Message));
        Assert.Equal((5, 12L, "ligne 12, champ « id » absent ou vide"), (errors[2].RecordNumber, errors[2].LineNumber, errors[2].Message));
        Assert.Equal(["1", "3"], FeedSamples.RawOffers(items).Select(o => o.SourceId));
    }

    [Fact]
    public async Task Malformed_xml_is_reported_with_its_line_and_ends_the_reading()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Xml, Header + """
            <jobs>
              <job><id>1</id><title>Maçon</title></job>
              <job><id>2</id><title>Plombier</titel></job>
              <job><id>3</id><title>Vendeur</title></job>
            </jobs>
            """);
        Assert.Single(FeedSamples.RawOffers(items));
        var error = FeedSamples.SingleError(items);
        Assert.Equal((2, 4L), (error.RecordNumber, error.LineNumber));
        Assert.StartsWith("ligne 4, position ", error.Message, StringComparison.Ordinal);
        Assert.Contains("XML mal formé, lecture arrêtée", error.Message, StringComparison.Ordinal);
        Assert.Same(error, items[^1]);
    }

    [Fact]
    public async Task A_truncated_feed_reports_the_job_it_stopped_in()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Xml, Header + "<jobs>\n<job><id>1</id><title>Maçon</title></job>\n<job><id>2</id><title>Plom");
        var error = FeedSamples.SingleError(items);
        Assert.Equal(2, error.RecordNumber);
        Assert.Single(FeedSamples.RawOffers(items));
    }

    [Theory]
    [InlineData("{\"id\":\"1\"}")]
    [InlineData("")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE jobs [<!ENTITY a \"aaaa\">]>\n<jobs><job><id>&a;</id></job></jobs>")]
    public async Task A_feed_that_is_not_xml_or_has_a_dtd_is_one_error_for_record_zero(string feed)
    {
        var error = Assert.IsType<Records.FeedError>(Assert.Single(await FeedSamples.ReadAsync(FeedFormat.Xml, feed)));
        Assert.Equal(0, error.RecordNumber);
        Assert.Contains("n'est pas du XML", error.Message, StringComparison.Ordinal);
    }
}
