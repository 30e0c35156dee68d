using OpenEmploi.Core.Offres;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Search.Facts;

namespace OpenEmploi.Ingestion.Tests.Normalisation;

/// <summary>Generated offers, given back as a partner would send them, come out as the generator made them.</summary>
public sealed class GeneratedOffersTests
{
    private const int Count = 2_000;

    [Fact]
    public void Wire_documents_pass_through_unchanged()
    {
        foreach (var generated in Shared.Generator.GenerateDetailed(0, Count))
        {
            var expected = generated.Entry;
            var offer = Shared.Accepted(new RawOffer { Wire = expected.Offre, SourceId = expected.SourceId }, expected.Source);

            AssertSame(expected, offer, exactExperience: true);
            Assert.Equal(expected.Offre.Entreprise?.Nom, offer.Offre.Entreprise?.Nom);
            Assert.Equal(expected.Offre.Alternance, offer.Offre.Alternance);
        }
    }

    [Fact]
    public void Wire_feed_records_with_their_labels_copied_as_text_pass_through_unchanged()
    {
        foreach (var generated in Shared.Generator.GenerateDetailed(0, Count))
        {
            var expected = generated.Entry;
            var offer = Shared.Accepted(AsWireFeed(expected), expected.Source);

            AssertSame(expected, offer, exactExperience: true);
            Assert.Equal(expected.Offre.Alternance, offer.Offre.Alternance);
            Assert.Equal(expected.Offre.Salaire?.Complement1, offer.Offre.Salaire?.Complement1);
        }
    }

    [Fact]
    public void Free_text_written_like_the_labels_reads_back_to_the_same_fields()
    {
        foreach (var generated in Shared.Generator.GenerateDetailed(0, Count))
        {
            var expected = generated.Entry;
            var offer = Shared.Accepted(AsText(generated), expected.Source);

            AssertSame(expected, offer, exactExperience: false);
        }
    }

    /// <summary>As a wire JSON feed reader maps a document: the document, and its labels copied into the text fields.</summary>
    private static RawOffer AsWireFeed(OffreEntry entry)
    {
        var o = entry.Offre;
        var lieu = o.LieuTravail!;
        var dash = lieu.Libelle!.IndexOf(" - ", StringComparison.Ordinal);
        return new RawOffer
        {
            Wire = o,
            SourceId = entry.SourceId,
            Title = o.Intitule,
            Description = o.Description,
            ContractText = o.TypeContratLibelle ?? o.TypeContrat,
            WorkingTimeText = o.DureeTravailLibelle ?? o.DureeTravailLibelleConverti,
            SalaryText = o.Salaire?.Libelle ?? o.Salaire?.Commentaire,
            ExperienceText = o.ExperienceLibelle ?? o.ExperienceCommentaire,
            RomeCode = o.RomeCode,
            ApplyUrl = o.OrigineOffre?.UrlOrigine,
            DatePosted = new DateTimeOffset(o.DateCreation),
            DateUpdated = new DateTimeOffset(o.DateActualisation),
            Employer = new RawEmployer { Name = o.Entreprise?.Nom, Description = o.Entreprise?.Description, Naf = o.CodeNAF },
            Place = new RawPlace
            {
                PostalCode = lieu.CodePostal,
                CommuneInsee = lieu.Commune,
                Latitude = lieu.Latitude,
                Longitude = lieu.Longitude,
                Text = lieu.Libelle,
                Departement = dash is 2 or 3 ? lieu.Libelle[..dash] : null,
                Region = dash < 0 ? lieu.Libelle : null,
            },
        };
    }

    /// <summary>The generated offer as a CSV or XML feed would carry it: every field as text.</summary>
    private static RawOffer AsText(OffreGeneree generated)
    {
        var o = generated.Entry.Offre;
        var lieu = o.LieuTravail!;
        var commune = lieu.Commune is null ? null : Shared.Data.Geographie.CommuneByInsee(lieu.Commune);
        var raw = new RawOffer
        {
            SourceId = generated.Entry.SourceId ?? o.Id,
            Title = o.Intitule,
            Description = o.Description,
            RomeCode = o.RomeCode,
            ContractText = o.NatureContrat is "Contrat travail" ? o.TypeContratLibelle : $"{o.TypeContratLibelle} ({o.NatureContrat})",
            WorkingTimeText = o.DureeTravailLibelle,
            SalaryText = o.Salaire?.Libelle ?? o.Salaire?.Commentaire,
            ExperienceText = o.ExperienceLibelle,
            DatePosted = new DateTimeOffset(o.DateCreation),
            DateUpdated = new DateTimeOffset(o.DateActualisation),
            ApplyUrl = o.OrigineOffre?.UrlOrigine,
            Employer = new RawEmployer { Name = o.Entreprise?.Nom, Naf = o.CodeNAF?.Replace(".", "", StringComparison.Ordinal), Siret = generated.Employeur.Siret },
        };
        // Half by postal code and commune name, half by the wire's label; départements and régions by label.
        raw.Place = commune is not null && generated.Index % 2 == 0
            ? new RawPlace { PostalCode = lieu.CodePostal, City = commune.Nom }
            : new RawPlace { Text = lieu.Libelle };
        return raw;
    }

    private static void AssertSame(OffreEntry expected, NormalisedOffer actual, bool exactExperience)
    {
        var e = expected.Offre;
        var a = actual.Offre;
        var id = e.Id;
        Assert.True(e.Intitule == a.Intitule, id);
        Assert.Equal(e.LieuTravail!.Libelle, a.LieuTravail?.Libelle);
        Assert.Equal(e.LieuTravail.Commune, a.LieuTravail?.Commune);
        Assert.Equal(e.LieuTravail.CodePostal, a.LieuTravail?.CodePostal);
        Assert.Equal(e.LieuTravail.Latitude, a.LieuTravail?.Latitude);
        Assert.Equal(expected.Departement, actual.Entry.Departement);
        Assert.Equal(expected.Region, actual.Entry.Region);
        Assert.Equal(expected.AppellationCode, actual.Entry.AppellationCode);
        Assert.Equal(e.RomeCode, a.RomeCode);
        Assert.Equal(e.RomeLibelle, a.RomeLibelle);
        Assert.Equal(e.TypeContrat, a.TypeContrat);
        Assert.Equal(e.TypeContratLibelle, a.TypeContratLibelle);
        Assert.Equal(e.NatureContrat, a.NatureContrat);
        Assert.Equal(e.DureeTravailLibelle, a.DureeTravailLibelle);
        Assert.Equal(e.DureeTravailLibelleConverti, a.DureeTravailLibelleConverti);
        Assert.Equal(e.Salaire?.Libelle, a.Salaire?.Libelle);
        Assert.Equal(e.Salaire?.Commentaire, a.Salaire?.Commentaire);
        Assert.Equal(e.ExperienceExige, a.ExperienceExige);
        if (exactExperience)
            Assert.Equal(e.ExperienceLibelle, a.ExperienceLibelle);
        else
            Assert.Equal(WireLabels.ExperienceMonths(e.ExperienceLibelle), WireLabels.ExperienceMonths(a.ExperienceLibelle));
        Assert.Equal(e.CodeNAF, a.CodeNAF);
        Assert.Equal(e.SecteurActivite, a.SecteurActivite);
        Assert.Equal(e.SecteurActiviteLibelle, a.SecteurActiviteLibelle);
        Assert.Equal(e.DateCreation, a.DateCreation);
        Assert.Equal(e.DateActualisation, a.DateActualisation);
        Assert.Equal(e.OrigineOffre?.Origine, a.OrigineOffre?.Origine);
        Assert.Equal(e.OrigineOffre?.UrlOrigine, a.OrigineOffre?.UrlOrigine);
        // A wire document's own id is its id at the source when the record gives no other.
        Assert.Equal(expected.SourceId ?? e.Id, actual.Entry.SourceId);
    }
}
