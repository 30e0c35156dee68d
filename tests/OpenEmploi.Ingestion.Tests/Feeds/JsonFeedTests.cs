using System.Text;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Feeds;

public sealed class JsonFeedTests
{
    private const string A = """{"id":"001AAAA","intitule":"Boulanger H/F"}""";
    private const string C = """{"id":"003AAAA","intitule":"Vendeur / vendeuse"}""";

    [Fact]
    public async Task Generated_offers_survive_an_array_with_one_offer_per_line()
    {
        var offers = await RoundTrip.WriteAndReadAsync(FeedFormat.Json);
        Assert.All(offers, o => Assert.Equal(o.RecordNumber + 1, o.LineNumber));
        Assert.All(offers, o => Assert.NotNull(o.Wire));
    }

    [Fact]
    public async Task Generated_offers_survive_json_lines()
    {
        var offers = await RoundTrip.WriteAndReadAsync(FeedFormat.Json, new FeedWriterOptions { JsonLines = true });
        Assert.All(offers, o => Assert.Equal(o.RecordNumber, o.LineNumber));
    }

    [Fact]
    public async Task A_bad_date_names_the_field_the_value_and_the_line()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Json,
            A + "\n" + """{"id":"002AAAA","intitule":"Maçon","dateCreation":"2026-13-45"}""" + "\n" + C + "\n");
        var error = FeedSamples.SingleError(items);
        Assert.Equal((2, 2L), (error.RecordNumber, error.LineNumber));
        Assert.Equal("ligne 2, champ « dateCreation » : « 2026-13-45 » n'est pas une date ISO-8601", error.Message);
        Assert.Equal(["001AAAA", "003AAAA"], FeedSamples.RawOffers(items).Select(o => o.SourceId));
    }

    [Fact]
    public async Task A_bad_number_in_a_pretty_printed_record_is_placed_on_its_own_line()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Json, $$"""
            [
            {{A}},
            {
              "id": "002AAAA",
              "intitule": "Maçon",
              "lieuTravail": { "libelle": "69 - LYON 03", "latitude": "quarante-cinq" }
            },
            {{C}}
            ]
            """);
        var error = FeedSamples.SingleError(items);
        Assert.Equal((2, 6L), (error.RecordNumber, error.LineNumber));
        Assert.Equal("ligne 6, champ « lieuTravail.latitude » : « quarante-cinq » n'est pas un nombre", error.Message);
        Assert.Equal(2, FeedSamples.RawOffers(items).Count);
        Assert.Equal(8, FeedSamples.RawOffers(items)[1].LineNumber);
    }

    [Theory]
    [InlineData("""{"id":"002AAAA"}""", "ligne 2, champ « intitule » absent ou vide")]
    [InlineData("""{"id":"002AAAA","intitule":"  "}""", "ligne 2, champ « intitule » absent ou vide")]
    [InlineData("""{"intitule":"Maçon"}""", "ligne 2, champ « id » absent ou vide")]
    [InlineData("""{"id":42,"intitule":"Maçon"}""", "ligne 2, champ « id » : « 42 » n'est pas un texte")]
    [InlineData("""[1,2]""", "ligne 2 : l'enregistrement n'est pas un objet JSON mais un tableau")]
    public async Task A_record_without_what_makes_an_offer_is_an_error(string record, string message)
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Json, A + "\n" + record + "\n" + C);
        var error = FeedSamples.SingleError(items);
        Assert.Equal((2, 2L, message), (error.RecordNumber, error.LineNumber, error.Message));
        Assert.Equal(2, FeedSamples.RawOffers(items).Count);
    }

    [Fact]
    public async Task A_broken_json_line_in_the_middle_does_not_stop_the_records_after_it()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Json, string.Join('\n',
            A, """{"id":"002AAAA","intitule":"Maçon" """, C, "", """{"id":"004AAAA","intitule":"Plombier"}"""));
        var error = FeedSamples.SingleError(items);
        Assert.Equal((2, 2L), (error.RecordNumber, error.LineNumber));
        Assert.StartsWith("ligne 2 (erreur ligne 3, position 1) : JSON mal formé, lecture reprise", error.Message, StringComparison.Ordinal);
        var offers = FeedSamples.RawOffers(items);
        Assert.Equal(["001AAAA", "003AAAA", "004AAAA"], offers.Select(o => o.SourceId));
        Assert.Equal([1L, 3L, 4L], offers.Select(o => o.RecordNumber));
        Assert.Equal([1L, 3L, 5L], offers.Select(o => o.LineNumber!.Value));
    }

    [Fact]
    public async Task A_truncated_json_line_at_the_end_is_reported_as_truncated()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Json, A + "\n" + """{"id":"002AAAA","intitu""");
        var error = FeedSamples.SingleError(items);
        Assert.Equal((2, 2L), (error.RecordNumber, error.LineNumber));
        Assert.Contains("enregistrement tronqué", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_syntax_error_inside_an_array_stops_reading_cleanly()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Json, "[\n" + A + ",\n{\"id\": x},\n" + C + "\n]");
        Assert.IsType<RawOfferItem>(items[0]);
        var error = Assert.IsType<FeedError>(Assert.Single(items.Skip(1)));
        Assert.Equal((2, 3L), (error.RecordNumber, error.LineNumber));
        Assert.StartsWith("ligne 3, position 8 : JSON mal formé, lecture arrêtée", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_array_reports_the_record_it_stopped_in()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Json, "[\n" + A + ",\n" + """{"id":"002AAAA","intitu""");
        var error = FeedSamples.SingleError(items);
        Assert.Equal((2, 3L), (error.RecordNumber, error.LineNumber));
        Assert.Contains("enregistrement tronqué", error.Message, StringComparison.Ordinal);
        Assert.Single(FeedSamples.RawOffers(items));
    }

    [Fact]
    public async Task An_array_without_its_closing_bracket_keeps_its_records_and_says_so()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Json, "[\n" + A + ",\n" + C + "\n");
        Assert.Equal(2, FeedSamples.RawOffers(items).Count);
        Assert.Contains("« ] »", FeedSamples.SingleError(items).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id;titre\n1;Maçon\n", "ligne 1 : le flux n'est pas du JSON, il commence par « id;titre")]
    [InlineData("", "flux vide")]
    [InlineData("  \n\n ", "flux vide")]
    public async Task A_feed_that_is_not_json_is_one_error_for_record_zero(string feed, string message)
    {
        var error = Assert.IsType<FeedError>(Assert.Single(await FeedSamples.ReadAsync(FeedFormat.Json, feed)));
        Assert.Equal(0, error.RecordNumber);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_array_is_an_empty_feed_without_error() =>
        Assert.Empty(await FeedSamples.ReadAsync(FeedFormat.Json, "[ ]"));

    [Fact]
    public async Task A_byte_order_mark_and_a_record_larger_than_the_read_buffer_are_read()
    {
        var description = new string('x', 300_000);
        var feed = Encoding.UTF8.GetBytes("\uFEFF[" + A + ",\n{\"id\":\"002AAAA\",\"intitule\":\"Maçon\",\"description\":\"" + description + "\"}]");
        var offers = FeedSamples.RawOffers(await FeedSamples.ReadAsync(FeedFormat.Json, feed));
        Assert.Equal(description, offers[1].Description);
        Assert.Equal(2, offers[1].LineNumber);
    }

    [Fact]
    public async Task The_place_is_split_by_its_level()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.Json, """
            {"id":"001AAAA","intitule":"a","lieuTravail":{"libelle":"2A - AJACCIO","codePostal":"20000","commune":"2A004"}}
            {"id":"002AAAA","intitule":"b","lieuTravail":{"libelle":"33 - Gironde"}}
            {"id":"003AAAA","intitule":"c","lieuTravail":{"libelle":"Nouvelle-Aquitaine"}}
            """);
        var places = FeedSamples.RawOffers(items).Select(o => o.Place).ToList();
        Assert.Equal(("2A", "AJACCIO", "20000", "2A004"), (places[0].Departement, places[0].City, places[0].PostalCode, places[0].CommuneInsee));
        Assert.Equal(("33", null), (places[1].Departement, places[1].City));
        Assert.Equal(("Nouvelle-Aquitaine", null, null), (places[2].Region, places[2].Departement, places[2].City));
    }
}
