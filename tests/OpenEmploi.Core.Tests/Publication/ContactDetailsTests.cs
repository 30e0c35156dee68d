using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Publication;

namespace OpenEmploi.Core.Tests.Publication;

public sealed class ContactDetailsTests
{
    [Theory]
    [InlineData("Envoyez votre CV à rh@boulangerie-martin.fr.", "Envoyez votre CV à [courriel].")]
    [InlineData("CV à julie.girard [at] boulangerie-martin point fr", "CV à [courriel]")]
    [InlineData("Tél. +33 (0)6 12 34 56 78 ou 04.72.00.00.00", "Tél. [téléphone] ou [téléphone]")]
    [InlineData("Postulez sur https://jobs.exemple.fr/offre/12?src=x, merci.", "Postulez sur [lien], merci.")]
    [InlineData("Plus d'informations sur www.boulangerie-martin.fr ou au 0612345678.", "Plus d'informations sur [lien] ou au [téléphone].")]
    public void Texts_lose_their_emails_links_and_phone_numbers(string text, string expected)
    {
        var tally = new ContactTally();

        Assert.Equal(expected, ContactDetails.Remove(text, tally));
        Assert.True(tally.Total > 0);
    }

    [Theory]
    [InlineData("Maîtrise d'ASP.NET et de Node.js ; SIRET 123 456 789 00012 ; salaire 2 000 € ; 35h.")]
    [InlineData("Prise de poste le 12.03.2026, code postal 69003.")]
    public void Texts_without_contact_details_stay_as_they_are(string text)
    {
        var tally = new ContactTally();

        Assert.Same(text, ContactDetails.Remove(text, tally));
        Assert.Equal(0, tally.Total);
    }

    [Fact]
    public void Removal_is_idempotent()
    {
        var once = ContactDetails.Remove("Contact : rh@exemple.fr, 06 12 34 56 78, www.exemple.fr", new ContactTally())!;
        var tally = new ContactTally();

        Assert.Equal(once, ContactDetails.Remove(once, tally));
        Assert.Equal(0, tally.Total);
    }

    [Fact]
    public void Every_free_text_of_an_offer_is_cleaned_and_each_removal_names_its_field()
    {
        var offre = new Offre
        {
            Id = "001AAAA",
            Intitule = "Vendeur (h/f) - appelez le 06 12 34 56 78",
            Description = "Boulangerie de quartier. CV à rh@boulangerie.fr ou au 04 72 00 00 00.",
            Entreprise = new Entreprise { Nom = "Boulangerie Martin", Description = "Voir www.boulangerie.fr", Url = "https://boulangerie.fr" },
            Salaire = new Salaire { Libelle = "Mensuel de 1923.00 Euros sur 12 mois", Commentaire = "Selon profil, renseignements au 0612345678" },
            Formations = [new Formation { Commentaire = "CAP" }, new Formation { Commentaire = "Diplôme à envoyer à jobs@boulangerie.fr" }],
            ContexteTravail = new ContexteTravail { Horaires = ["Du lundi au samedi", "Planning : 06.12.34.56.78"] },
            Contact = new Contact { Nom = "Mme Girard", Courriel = "rh@boulangerie.fr" },
            Agence = new Agence { Telephone = "04 72 00 00 00" },
        };

        var removals = ContactDetails.RemoveFrom(offre);

        Assert.Equal("Vendeur (h/f) - appelez le [téléphone]", offre.Intitule);
        Assert.Equal("Boulangerie de quartier. CV à [courriel] ou au [téléphone].", offre.Description);
        Assert.Equal("Voir [lien]", offre.Entreprise.Description);
        Assert.Equal("Selon profil, renseignements au [téléphone]", offre.Salaire.Commentaire);
        Assert.Equal("Diplôme à envoyer à [courriel]", offre.Formations[1].Commentaire);
        Assert.Equal(["Du lundi au samedi", "Planning : [téléphone]"], offre.ContexteTravail.Horaires);
        Assert.Null(offre.Contact);
        Assert.Null(offre.Agence);
        // The structured fields the wire publishes stay: the employer's site, the pay label.
        Assert.Equal("https://boulangerie.fr", offre.Entreprise.Url);
        Assert.Equal("Mensuel de 1923.00 Euros sur 12 mois", offre.Salaire.Libelle);
        Assert.Equal(
            [
                new ContactRemoval("intitule", 0, 1, 0),
                new ContactRemoval("description", 1, 1, 0),
                new ContactRemoval("entreprise.description", 0, 0, 1),
                new ContactRemoval("salaire.commentaire", 0, 1, 0),
                new ContactRemoval("formations[2].commentaire", 1, 0, 0),
                new ContactRemoval("contexteTravail.horaires[2]", 0, 1, 0),
            ],
            removals);
    }

    [Fact]
    public void An_offer_without_contact_details_reports_no_removal()
    {
        var offre = new Offre { Id = "001AAAA", Intitule = "Boulanger (h/f)", Description = "Fabrication du pain, 35h, CAP exigé." };

        Assert.Empty(ContactDetails.RemoveFrom(offre));
        Assert.Equal("Fabrication du pain, 35h, CAP exigé.", offre.Description);
    }

    [Fact]
    public void The_stored_document_has_no_contact_details_and_the_offer_is_left_as_it_was()
    {
        var offre = new Offre
        {
            Id = "001AAAA",
            Description = "CV à rh@boulangerie.fr.",
            Contact = new Contact { Courriel = "rh@boulangerie.fr" },
            Agence = new Agence { Telephone = "04 72 00 00 00" },
        };

        var stored = System.Text.Encoding.UTF8.GetString(ContactDetails.StoredDocument(offre));

        AssertStored(stored, "CV à [courriel].");
        Assert.Equal("CV à rh@boulangerie.fr.", offre.Description);
        Assert.NotNull(offre.Contact);
        Assert.NotNull(offre.Agence);
    }

    [Fact]
    public void An_offer_whose_texts_are_clean_is_stored_without_its_contact_and_agence_only()
    {
        var offre = new Offre { Id = "001AAAA", Description = "Fabrication du pain.", Contact = new Contact { UrlPostulation = "https://exemple.fr/postuler/1" } };

        var stored = System.Text.Encoding.UTF8.GetString(ContactDetails.StoredDocument(offre));

        AssertStored(stored, "Fabrication du pain.");
        Assert.NotNull(offre.Contact);
    }

    private static void AssertStored(string stored, string description)
    {
        using var document = System.Text.Json.JsonDocument.Parse(stored);
        Assert.Equal(description, document.RootElement.GetProperty("description").GetString());
        Assert.False(document.RootElement.TryGetProperty("contact", out _), stored);
        Assert.False(document.RootElement.TryGetProperty("agence", out _), stored);
    }
}
