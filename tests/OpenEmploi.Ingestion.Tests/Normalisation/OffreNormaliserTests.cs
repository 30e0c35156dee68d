using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Normalisation;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Normalisation;

public sealed class OffreNormaliserTests
{
    [Fact]
    public void An_accepted_offer_carries_its_store_columns_and_no_id_yet()
    {
        var offer = Shared.Accepted(Shared.Offer());

        Assert.Equal(OffreNormaliser.UnassignedId, offer.Offre.Id);
        Assert.Equal(Shared.Partner, offer.Entry.Source);
        Assert.Equal("REF-1", offer.Entry.SourceId);
        Assert.Equal("69", offer.Entry.Departement);
        Assert.Equal("84", offer.Entry.Region);
        Assert.NotNull(offer.Entry.AppellationCode);
        Assert.Equal(PosterKind.Partner, offer.Poster);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("<p> </p>")]
    public void A_record_without_title_is_rejected(string? title)
    {
        var result = Shared.Normalise(Shared.Offer(r => r.Title = title));

        Assert.True(result.IsRejected);
        Assert.Contains(result.Rejections, r => r.Field == "intitule" && r.Message == "intitulé absent");
    }

    [Fact]
    public void Every_reason_is_reported_at_once()
    {
        var result = Shared.Normalise(Shared.Offer(r => (r.Title, r.Place, r.ContractText) = (null, new RawPlace(), "Stage")));

        Assert.Equal(["intitule", "lieuTravail", "typeContrat"], result.Rejections.Select(r => r.Field).Order());
    }

    [Fact]
    public void Html_is_turned_into_plain_text()
    {
        var offre = Shared.Wire(r => (r.Title, r.Description) = (
            "Boulanger &amp; pâtissier H/F",
            "<p>Nous recherchons&nbsp;:</p><ul><li>un boulanger</li><li>motivé</li></ul><script>track()</script><p>Salaire &lt; 2000 €</p>"));

        Assert.Equal("Boulanger & pâtissier H/F", offre.Intitule);
        Assert.Equal("Nous recherchons :\n- un boulanger\n- motivé\nSalaire < 2000 €", offre.Description);
    }

    [Fact]
    public void Recruiters_contact_details_leave_the_published_text_and_the_source_is_told()
    {
        var offer = Shared.Accepted(Shared.Offer(r => r.Description =
            "<p>Boulangerie de quartier.</p><p>CV à <a href=\"mailto:rh@boulangerie.fr\">rh@boulangerie.fr</a> ou au 06 12 34 56 78, 04 72 00 00 00.</p>"));

        Assert.Equal("Boulangerie de quartier.\nCV à [courriel] ou au [téléphone], [téléphone].", offer.Offre.Description);
        Assert.True(Shared.HasNote(offer, "description", "coordonnées retirées du texte publié (1 adresse électronique, 2 numéros de téléphone)"));
        // The raw record keeps them for the fraud checks (free-mail recruiter, foreign or premium numbers).
        Assert.Contains("06 12 34 56 78", offer.Raw.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_default_to_now_and_never_lie_in_the_future()
    {
        var now = Shared.Wire(_ => { });
        Assert.Equal(Shared.Now, now.DateCreation);
        Assert.Equal(Shared.Now, now.DateActualisation);

        var posted = new DateTimeOffset(2026, 2, 20, 8, 30, 0, 123, TimeSpan.FromHours(1));
        var given = Shared.Wire(r => r.DatePosted = posted);
        Assert.Equal(posted.UtcDateTime, given.DateCreation);
        Assert.Equal(DateTimeKind.Utc, given.DateCreation.Kind);
        Assert.Equal(given.DateCreation, given.DateActualisation);

        var future = Shared.Accepted(Shared.Offer(r => (r.DatePosted, r.DateUpdated) = (new DateTimeOffset(Shared.Now.AddDays(3)), new DateTimeOffset(Shared.Now.AddMinutes(5)))));
        Assert.Equal(Shared.Now, future.Offre.DateCreation);
        Assert.Equal(Shared.Now.AddMinutes(5), future.Offre.DateActualisation);
        Assert.True(Shared.HasNote(future, "dateCreation", "futur"));

        var backwards = Shared.Wire(r => (r.DatePosted, r.DateUpdated) = (new DateTimeOffset(Shared.Now.AddDays(-2)), new DateTimeOffset(Shared.Now.AddDays(-5))));
        Assert.Equal(backwards.DateCreation, backwards.DateActualisation);
    }

    [Fact]
    public void Partner_offers_are_origin_2_and_platform_postings_origin_1()
    {
        var partner = Shared.Wire(r => r.ApplyUrl = "https://jobs.example/offre/42");
        Assert.Equal("2", partner.OrigineOffre?.Origine);
        Assert.Equal("https://jobs.example/offre/42", partner.OrigineOffre?.UrlOrigine);
        Assert.Null(partner.OrigineOffre?.Partenaires);     // filled by the pipeline from the source registry

        var employer = Shared.Normalise(Shared.Offer(), Sources.Plateforme, PosterKind.Employer).Offer!;
        Assert.Equal("1", employer.Offre.OrigineOffre?.Origine);
        Assert.Null(employer.Offre.OrigineOffre?.UrlOrigine);
        Assert.Equal(PosterKind.Employer, employer.Poster);

        var badUrl = Shared.Accepted(Shared.Offer(r => r.ApplyUrl = "javascript:alert(1)"));
        Assert.Null(badUrl.Offre.OrigineOffre?.UrlOrigine);
    }

    [Fact]
    public void Normalising_is_safe_from_many_threads()
    {
        var titles = new[] { "Boulanger H/F", "Cariste", "Infirmier IDE", "Développeur web", "Chauffeur PL" };
        var expected = titles.Select(t => Shared.Wire(r => r.Title = t).RomeCode).ToArray();
        var results = new string?[2000];

        Parallel.For(0, results.Length, i => results[i] = Shared.Wire(r => r.Title = titles[i % titles.Length]).RomeCode);

        for (var i = 0; i < results.Length; i++)
            Assert.Equal(expected[i % titles.Length], results[i]);
    }
}
