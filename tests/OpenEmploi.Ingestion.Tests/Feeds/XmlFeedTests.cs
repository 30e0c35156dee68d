using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Feeds.Xml;
using OpenEmploi.Ingestion.Records;

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
        var errors = items.OfType<FeedError>().ToList();
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
        var error = Assert.IsType<FeedError>(Assert.Single(await FeedSamples.ReadAsync(FeedFormat.Xml, feed)));
        Assert.Equal(0, error.RecordNumber);
        Assert.Contains("n'est pas du XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_arriving_a_few_bytes_at_a_time_is_read_without_blocking_on_the_source()
    {
        var jobs = string.Concat(Enumerable.Range(0, 300).Select(i =>
            $"<job><id>R-{i}</id><title>Boul<![CDATA[anger]]> H/F {i}</title><description>Pain &amp; viennoiseries, n° {i}.</description><postalcode>69003</postalcode></job>\n"));
        // Sync reads of the source fail: the reader must only read it asynchronously (a network feed).
        using var source = new TrickleStream(System.Text.Encoding.UTF8.GetBytes(Header + "<jobs>\n" + jobs + "</jobs>"), chunk: 7, syncAllowed: false);

        var items = await ReadAllAsync(source);

        Assert.Equal(300, items.Count);
        var offers = items.Cast<RawOfferItem>().Select(i => i.Offer).ToList();
        Assert.Equal("Boulanger H/F 0", offers[0].Title);
        Assert.Equal("Boulanger H/F 299", offers[299].Title);
        Assert.Equal("Pain & viennoiseries, n° 17.", offers[17].Description);
        Assert.Equal(302L, offers[299].LineNumber);
    }

    [Fact]
    public async Task A_record_larger_than_the_read_ahead_is_read_whole_and_the_next_ones_after_it()
    {
        var longText = string.Concat(Enumerable.Repeat("Préparation des commandes, ", (ReadAheadLength * 3 / 2) / 20));
        var feed = Header + "<jobs>\n<job><id>A</id><title>Cariste</title><postalcode>69003</postalcode></job>\n"
            + $"<job><id>B</id><title>Préparateur</title><description>{longText}</description><postalcode>69003</postalcode></job>\n"
            + "<job><id>C</id><title>Magasinier</title><postalcode>69003</postalcode></job>\n<job><id>D</id><title>Tronqué";
        using var source = new TrickleStream(System.Text.Encoding.UTF8.GetBytes(feed), chunk: 64 * 1024, syncAllowed: true);

        var items = await ReadAllAsync(source);

        Assert.Equal(4, items.Count);
        var offers = items.Take(3).Cast<RawOfferItem>().Select(i => i.Offer).ToList();
        Assert.Equal(["A", "B", "C"], offers.Select(o => o.SourceId));
        Assert.Equal(longText.Trim(), offers[1].Description);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(longText) > ReadAheadLength);
        var error = Assert.IsType<FeedError>(items[3]);
        Assert.Equal(4, error.RecordNumber);
        Assert.Contains("XML mal formé", error.Message, StringComparison.Ordinal);
    }

    private const int ReadAheadLength = ReadAheadStream.Ahead;

    private static async Task<List<FeedItem>> ReadAllAsync(Stream source)
    {
        var items = new List<FeedItem>();
        await foreach (var item in FeedReaders.For(FeedFormat.Xml).ReadAsync(source))
            items.Add(item);
        return items;
    }

    /// <summary>A source giving at most <c>chunk</c> bytes a read, as a network feed does; sync reads refused unless allowed.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk, bool syncAllowed) : Stream
    {
        private int _position;

        public override int Read(Span<byte> buffer)
        {
            Assert.True(syncAllowed, "the feed's source was read synchronously");
            return Take(buffer);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return Take(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Take(Span<byte> buffer)
        {
            var count = Math.Min(Math.Min(buffer.Length, chunk), bytes.Length - _position);
            bytes.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
