using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Normalisation;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Normalisation;

/// <summary>Records that carry a wire document (the offers API's own format).</summary>
public sealed class WireDocumentTests
{
    [Fact]
    public void A_wire_document_is_the_starting_point_and_is_left_untouched()
    {
        var wire = new Offre
        {
            Id = "123ABCD",
            Intitule = "Cuisinier H/F",
            LieuTravail = new LieuTravail { Libelle = "69 - LYON 03" },
            RomeCode = "G1602",
            TypeContrat = "CDI",
            DureeTravailLibelle = "39H Horaires normaux",
            Salaire = new Salaire { Libelle = "Mensuel de 2100.00 Euros sur 12 mois" },
            ExperienceExige = "D",
            CodeNAF = "5610A",
            Contact = new Contact { Nom = "Chef", Courriel = "chef@example.com" },
            Agence = new Agence { Telephone = "0102030405" },
            Competences = [new Competence { Code = "1", Libelle = "Cuisiner" }],
        };
        var raw = new RawOffer { Wire = wire };

        var offer = Shared.Accepted(raw);
        var offre = offer.Offre;

        Assert.Equal("123ABCD", offer.Entry.SourceId);
        Assert.Equal(OffreNormaliser.UnassignedId, offre.Id);
        Assert.Equal("69383", offre.LieuTravail?.Commune);
        Assert.Equal("G1602", offre.RomeCode);     // the title's best label (G1609) is in the same domaine: the source's code stands
        Assert.Equal(Shared.Data.Rome.MetierByCode("G1602")!.Libelle, offre.RomeLibelle);
        Assert.Equal("Contrat à durée indéterminée", offre.TypeContratLibelle);
        Assert.Equal("Contrat travail", offre.NatureContrat);
        Assert.Equal("Temps plein", offre.DureeTravailLibelleConverti);
        Assert.Equal("Mensuel de 2100.00 Euros sur 12 mois", offre.Salaire?.Libelle);
        Assert.Equal("Débutant accepté", offre.ExperienceLibelle);
        Assert.Equal("56.10A", offre.CodeNAF);
        Assert.Null(offre.Contact);
        Assert.Null(offre.Agence);
        Assert.Same(wire.Competences, offre.Competences);
        // The source's document is not modified: verification reads it as sent.
        Assert.Equal("123ABCD", wire.Id);
        Assert.Equal("chef@example.com", wire.Contact.Courriel);
        Assert.Null(wire.LieuTravail.Commune);
    }

    [Fact]
    public void Text_that_repeats_the_wire_labels_leaves_the_document_s_values()
    {
        var wire = new Offre
        {
            Id = "X",
            Intitule = "Cuisinier H/F",
            LieuTravail = new LieuTravail { Libelle = "69 - LYON 03" },
            TypeContrat = "CDD",
            TypeContratLibelle = "CDD - 12 Mois",
            NatureContrat = "Contrat apprentissage",
            Alternance = true,
            Salaire = new Salaire { Libelle = "Mensuel de 1200.00 Euros sur 12 mois", Commentaire = "Selon l'âge" },
            ExperienceExige = "E",
            ExperienceLibelle = "3 ans - en restauration collective",
        };
        var raw = new RawOffer
        {
            Wire = wire,
            ContractText = wire.TypeContratLibelle,
            SalaryText = wire.Salaire.Libelle,
            ExperienceText = wire.ExperienceLibelle,
        };

        var offre = Shared.Accepted(raw).Offre;

        Assert.Equal("Contrat apprentissage", offre.NatureContrat);
        Assert.True(offre.Alternance);
        Assert.Equal("Selon l'âge", offre.Salaire?.Commentaire);
        Assert.Equal("3 ans - en restauration collective", offre.ExperienceLibelle);
    }

    [Fact]
    public void An_inconsistent_wire_contract_label_is_rebuilt_from_the_type()
    {
        var raw = new RawOffer { Wire = new Offre { Id = "X", Intitule = "Cuisinier H/F", LieuTravail = new LieuTravail { Libelle = "69 - LYON 03" }, TypeContrat = "CDI", TypeContratLibelle = "CDD - 6 Mois" } };

        var offer = Shared.Accepted(raw);

        Assert.Equal("Contrat à durée indéterminée", offer.Offre.TypeContratLibelle);
        Assert.True(Shared.HasNote(offer, "typeContratLibelle", "incohérent"));
    }

    [Fact]
    public void Raw_fields_override_the_wire_document()
    {
        var raw = new RawOffer
        {
            Wire = new Offre { Id = "X", Intitule = "Cuisinier H/F", LieuTravail = new LieuTravail { Libelle = "69 - LYON 03" }, TypeContrat = "CDI" },
            ContractText = "CDD 6 mois",
        };

        Assert.Equal("CDD - 6 Mois", Shared.Accepted(raw).Offre.TypeContratLibelle);
    }
}
