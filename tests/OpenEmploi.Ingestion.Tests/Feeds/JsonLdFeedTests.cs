using OpenEmploi.Ingestion.Feeds;

namespace OpenEmploi.Ingestion.Tests.Feeds;

public sealed class JsonLdFeedTests
{
    [Fact]
    public async Task Generated_offers_survive_as_job_postings()
    {
        var offers = await RoundTrip.WriteAndReadAsync(FeedFormat.JsonLd, FeedSamples.WithExtras());
        for (var i = 0; i < offers.Count; i++)
        {
            Assert.Equal(FeedSamples.Offers[i].Employeur.Siret, offers[i].Employer.Siret);
            Assert.Equal("rh@" + offers[i].SourceId!.ToLowerInvariant() + ".example", offers[i].Contact.Email);
        }
        Assert.Contains(offers, o => o.ContractText == "PART_TIME, TEMPORARY");
        Assert.Contains(offers, o => o is { SalaryPeriod: "MONTH", SalaryMin: > 1000m } && o.SalaryMax > o.SalaryMin);
    }

    [Fact]
    public async Task Generated_offers_survive_as_json_lines_without_extras()
    {
        var offers = await RoundTrip.WriteAndReadAsync(FeedFormat.JsonLd, new FeedWriterOptions { JsonLines = true });
        Assert.All(offers, o => Assert.Null(o.Employer.Siret ?? o.Contact.Email ?? o.Contact.Phone));
    }

    [Fact]
    public async Task Html_descriptions_become_text_with_line_breaks()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.JsonLd, """
            {"@type":"JobPosting","identifier":"A1","title":"Boulanger","description":"<p>Nous recherchons un <strong>boulanger</strong> &amp; pâtissier.</p>\n<ul><li>CDI</li><li>35&nbsp;h</li></ul>Salaire : 2 000 €<br/>Horaires <em>du matin</em><script>track()</script>"}
            """);
        var offer = Assert.Single(FeedSamples.RawOffers(items));
        Assert.Equal("Nous recherchons un boulanger & pâtissier.\n- CDI\n- 35 h\nSalaire : 2 000 €\nHoraires du matin", offer.Description);
    }

    [Fact]
    public async Task Values_are_read_whether_written_as_text_number_object_or_array()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.JsonLd, """
            [
            {"@context":"https://schema.org/","@type":"JobPosting","identifier":"A1","title":"Serveur","employmentType":"FULL_TIME",
             "hiringOrganization":"Café du Port","jobLocation":{"address":"Quai des Belges, Marseille"},"baseSalary":1900},
            {"@type":["JobPosting"],"identifier":{"@type":"PropertyValue","name":"Board","value":42},"title":"Cuisinier",
             "employmentType":["PART_TIME","TEMPORARY"],
             "hiringOrganization":{"@type":"Organization","name":"Le Bistrot","sameAs":["https://bistrot.example","https://x.example"],
               "identifier":[{"@type":"PropertyValue","name":"TVA","value":"FR00"},{"@type":"PropertyValue","propertyID":"siret","value":"73282932000074"}]},
             "jobLocation":[{"@type":"Place","address":{"postalCode":"13002","addressLocality":"Marseille","addressRegion":"PACA","addressCountry":{"@type":"Country","name":"FR"}},
               "geo":{"latitude":"43,2965","longitude":"5.3698"}},{"@type":"Place","address":{"addressLocality":"Aix"}}],
             "baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":"11,88","maxValue":13,"unitText":"hour"}},
             "skills":[{"@type":"DefinedTerm","name":"Cuisson"},"Dressage"],"qualifications":"CAP cuisine",
             "experienceRequirements":{"@type":"OccupationalExperienceRequirements","monthsOfExperience":24},
             "workHours":"24 h par semaine","url":"https://board.example/o/42","occupationalCategory":"G1602 Personnel de cuisine",
             "validThrough":"2026-04-30"}
            ]
            """);
        var offers = FeedSamples.RawOffers(items);
        Assert.Equal(2, offers.Count);
        var (serveur, cuisinier) = (offers[0], offers[1]);
        Assert.Equal(("FULL_TIME", "Café du Port", "Quai des Belges, Marseille"), (serveur.ContractText, serveur.Employer.Name, serveur.Place.Text));
        Assert.Equal((1900m, 1900m, null), (serveur.SalaryMin, serveur.SalaryMax, serveur.SalaryPeriod));

        Assert.Equal("42", cuisinier.SourceId);
        Assert.Equal("PART_TIME, TEMPORARY", cuisinier.ContractText);
        Assert.Equal(("Le Bistrot", "https://bistrot.example", "73282932000074"), (cuisinier.Employer.Name, cuisinier.Employer.Url, cuisinier.Employer.Siret));
        Assert.Equal(("13002", "Marseille", "PACA", "FR"), (cuisinier.Place.PostalCode, cuisinier.Place.City, cuisinier.Place.Region, cuisinier.Place.Country));
        Assert.Equal((43.2965, 5.3698), (cuisinier.Place.Latitude!.Value, cuisinier.Place.Longitude!.Value));
        Assert.Equal((11.88m, 13m, "HOUR"), (cuisinier.SalaryMin, cuisinier.SalaryMax, cuisinier.SalaryPeriod));
        Assert.Equal(["Cuisson", "Dressage", "CAP cuisine"], cuisinier.Skills);
        Assert.Equal("24 mois d'expérience", cuisinier.ExperienceText);
        Assert.Equal(("24 h par semaine", "https://board.example/o/42", "G1602"), (cuisinier.WorkingTimeText, cuisinier.ApplyUrl, cuisinier.RomeCode));
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 0, 0, 0, TimeSpan.FromHours(2)), cuisinier.ValidThrough);
    }

    [Fact]
    public async Task A_graph_yields_its_postings_with_references_resolved_and_other_nodes_skipped()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.JsonLd, """
            {
              "@context": "https://schema.org",
              "@graph": [
                {"@type": "WebPage", "@id": "https://board.example/#page"},
                {"@type": "Organization", "@id": "#org", "name": "Boulangerie Martin",
                 "identifier": {"@type": "PropertyValue", "name": "SIRET", "value": "73282932000074"}},
                {"@type": "JobPosting", "@id": "https://board.example/o/1", "title": "Boulanger",
                 "hiringOrganization": {"@id": "#org"}, "jobLocation": {"@id": "#lyon"}},
                {"@type": "Place", "@id": "#lyon", "address": {"postalCode": "69003", "addressLocality": "Lyon"}},
                {"@type": "JobPosting", "identifier": "P2", "title": "Pâtissier", "hiringOrganization": {"@id": "#org"}}
              ]
            }
            {"@type": "JobPosting", "identifier": "P3", "title": "Vendeur"}
            """);
        var offers = FeedSamples.RawOffers(items);
        Assert.Equal(["https://board.example/o/1", "P2", "P3"], offers.Select(o => o.SourceId));
        Assert.Equal([1L, 2L, 3L], offers.Select(o => o.RecordNumber));
        Assert.Equal([1L, 1L, 13L], offers.Select(o => o.LineNumber!.Value));
        Assert.All(offers.Take(2), o => Assert.Equal(("Boulangerie Martin", "73282932000074"), (o.Employer.Name, o.Employer.Siret)));
        Assert.Equal(("69003", "Lyon"), (offers[0].Place.PostalCode, offers[0].Place.City));
    }

    [Fact]
    public async Task Bad_values_are_reported_on_the_line_of_their_property()
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.JsonLd, """
            [
            {"@type":"JobPosting","identifier":"A1","title":"Serveur"},
            {
              "@type": "JobPosting",
              "identifier": "A2",
              "title": "Maçon",
              "datePosted": "hier",
              "jobLocation": {"geo": {"latitude": "nord", "longitude": 4.8}},
              "baseSalary": {"value": {"minValue": "beaucoup"}}
            },
            {"@type":"JobPosting","identifier":"A3","title":"Plombier"}
            ]
            """);
        var error = FeedSamples.SingleError(items);
        Assert.Equal((2, 7L), (error.RecordNumber, error.LineNumber));
        Assert.Equal(
            "ligne 7, champ « datePosted » : « hier » n'est pas une date ; "
            + "ligne 8, champ « jobLocation.geo.latitude » : « nord » n'est pas un nombre entre -180 et 180 ; "
            + "ligne 9, champ « baseSalary.value.minValue » : « beaucoup » n'est pas un nombre",
            error.Message);
        Assert.Equal(["A1", "A3"], FeedSamples.RawOffers(items).Select(o => o.SourceId));
    }

    [Theory]
    [InlineData("""{"@type":"JobPosting","identifier":"A2"}""", "ligne 2, champ « title » absent ou vide")]
    [InlineData("""{"@type":"JobPosting","title":"Maçon"}""", "ligne 2, champ « identifier » absent ou vide")]
    [InlineData("""{"@type":"Organization","name":"Martin"}""", "ligne 2 : l'enregistrement est de type « Organization », une offre schema.org « JobPosting » est attendue")]
    [InlineData("""{"name":"Martin"}""", "ligne 2 : l'enregistrement n'a pas de « @type », une offre schema.org « JobPosting » est attendue")]
    public async Task A_record_that_is_no_usable_posting_is_an_error(string record, string message)
    {
        var items = await FeedSamples.ReadAsync(FeedFormat.JsonLd,
            """{"@type":"JobPosting","identifier":"A1","title":"Serveur"}""" + "\n" + record + "\n" + """{"@type":"JobPosting","identifier":"A3","title":"Plombier"}""");
        var error = FeedSamples.SingleError(items);
        Assert.Equal((2, 2L, message), (error.RecordNumber, error.LineNumber, error.Message));
        Assert.Equal([1L, 3L], FeedSamples.RawOffers(items).Select(o => o.RecordNumber));
    }

    [Fact]
    public async Task Html_pages_are_not_read()
    {
        var error = FeedSamples.SingleError(await FeedSamples.ReadAsync(FeedFormat.JsonLd, "<html><script type=\"application/ld+json\">{}</script></html>"));
        Assert.Equal(0, error.RecordNumber);
        Assert.Contains("n'est pas du JSON", error.Message, StringComparison.Ordinal);
    }
}
