using OpenEmploi.Core.Text;
using OpenEmploi.Ingestion.Normalisation.Terms;

namespace OpenEmploi.Ingestion.Tests.Normalisation;

public sealed class ContractTests
{
    [Theory]
    [InlineData("CDI", "CDI", "Contrat à durée indéterminée", "Contrat travail", false)]
    [InlineData("CDD 6 mois", "CDD", "CDD - 6 Mois", "Contrat travail", false)]
    [InlineData("CDD de 18 mois", "CDD", "CDD - 18 Mois", "Contrat travail", false)]
    [InlineData("Contrat à durée déterminée de 3 mois", "CDD", "CDD - 3 Mois", "Contrat travail", false)]
    [InlineData("CDD", "CDD", "Contrat à durée déterminée", "Contrat travail", false)]
    [InlineData("CDD 1 an", "CDD", "CDD - 12 Mois", "Contrat travail", false)]
    [InlineData("CDD 1,5 mois", "CDD", "CDD - 45 Jour(s)", "Contrat travail", false)]
    [InlineData("Intérim / mission 2 semaines", "MIS", "Mission intérimaire - 14 Jour(s)", "Contrat travail", false)]
    [InlineData("Mission d'intérim de 3 mois", "MIS", "Mission intérimaire - 3 Mois", "Contrat travail", false)]
    [InlineData("Interim", "MIS", "Mission intérimaire", "Contrat travail", false)]
    [InlineData("Saisonnier", "SAI", "Contrat travail saisonnier", "Contrat travail", false)]
    [InlineData("Contrat saisonnier 4 mois", "SAI", "Contrat travail saisonnier - 4 Mois", "Contrat travail", false)]
    [InlineData("Alternance", "CDD", "Contrat à durée déterminée", "Contrat apprentissage", true)]
    [InlineData("Apprentissage 24 mois", "CDD", "CDD - 24 Mois", "Contrat apprentissage", true)]
    [InlineData("Contrat de professionnalisation 12 mois", "CDD", "CDD - 12 Mois", "Cont. professionnalisation", true)]
    [InlineData("CDI en alternance", "CDI", "Contrat à durée indéterminée", "Contrat apprentissage", true)]
    [InlineData("Freelance", "LIB", "Profession libérale", "Emploi non salarié", false)]
    [InlineData("Auto-entrepreneur", "LIB", "Profession libérale", "Emploi non salarié", false)]
    [InlineData("CDI intérimaire", "DIN", "CDI Intérimaire", "Contrat travail", false)]
    [InlineData("CDD d'insertion 6 mois", "DDI", "Contrat durée déterminée insertion - 6 Mois", "Insertion par l'activ.éco.", false)]
    [InlineData("Contrat d'usage", "CDD", "Contrat à durée déterminée", "Contrat d'usage", false)]
    [InlineData("TEMPORARY", "CDD", "Contrat à durée déterminée", "Contrat travail", false)]
    [InlineData("CONTRACTOR", "LIB", "Profession libérale", "Emploi non salarié", false)]
    [InlineData("FULL_TIME", "CDI", "Contrat à durée indéterminée", "Contrat travail", false)]
    [InlineData("PART_TIME, TEMPORARY", "CDD", "Contrat à durée déterminée", "Contrat travail", false)]
    [InlineData("CDD / Intérim", "CDD", "Contrat à durée déterminée", "Contrat travail", false)]
    [InlineData("CDI (période d'essai 2 mois)", "CDI", "Contrat à durée indéterminée", "Contrat travail", false)]
    public void Contracts_are_read_with_france_travail_labels(string text, string type, string libelle, string nature, bool alternance)
    {
        var offre = Shared.Wire(r => r.ContractText = text);

        Assert.Equal(type, offre.TypeContrat);
        Assert.Equal(libelle, offre.TypeContratLibelle);
        Assert.Equal(nature, offre.NatureContrat);
        Assert.Equal(alternance, offre.Alternance);
    }

    [Theory]
    [InlineData("Stage")]
    [InlineData("Stage de 6 mois")]
    [InlineData("INTERN")]
    [InlineData("Stagiaire")]
    public void An_internship_is_not_a_job_offer(string text)
    {
        var result = Shared.Normalise(Shared.Offer(r => r.ContractText = text));

        Assert.True(result.IsRejected);
        Assert.Contains(result.Rejections, r => r.Field == "typeContrat" && r.Message.StartsWith("stage", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_contract_field_the_title_then_the_description_are_read_strictly()
    {
        var fromTitle = Shared.Accepted(Shared.Offer(r => r.Title = "Vendeur H/F - CDD 6 mois"));
        Assert.Equal("CDD - 6 Mois", fromTitle.Offre.TypeContratLibelle);
        Assert.True(Shared.HasNote(fromTitle, "typeContrat", "déduit de l'intitulé"));

        var fromDescription = Shared.Accepted(Shared.Offer(r => r.Description = "Vos missions : accueil des clients. Poste en CDI, à pourvoir de suite."));
        Assert.Equal("CDI", fromDescription.Offre.TypeContrat);

        // "Vos missions" and "Chargé de mission" say nothing about the contract.
        var none = Shared.Accepted(Shared.Offer(r => (r.Title, r.Description) = ("Chargé de mission H/F", "Vos missions : suivi des dossiers.")));
        Assert.Null(none.Offre.TypeContrat);
        Assert.True(Shared.HasNote(none, "typeContrat", "absent"));
    }

    [Fact]
    public void A_contract_field_without_duration_takes_the_title_s()
    {
        var offre = Shared.Wire(r => (r.Title, r.ContractText) = ("Serveur H/F CDD 3 mois", "CDD"));

        Assert.Equal("CDD - 3 Mois", offre.TypeContratLibelle);
    }

    [Fact]
    public void An_unknown_contract_is_noted()
    {
        var offer = Shared.Accepted(Shared.Offer(r => r.ContractText = "Contrat à voir ensemble"));

        Assert.True(Shared.HasNote(offer, "typeContrat", "non reconnu"));
    }

    [Fact]
    public void Every_strict_reading_of_a_contract_holds_a_word_the_pre_filter_looks_for()
    {
        // A strict reading (title, description) is skipped when the folded text holds none of
        // ContractParser.StrictWords: each wording every strict rule reads must hold one.
        string[] wordings =
        [
            "CDI", "CDD 6 mois", "Contrat à durée déterminée de 3 mois", "Contrat à durée indéterminée", "durée déterminée d'insertion",
            "Intérim / mission 2 semaines", "Mission d'intérim", "intérimaires", "travail temporaire", "travail temporaire d'insertion",
            "intérim d'insertion", "TTI", "DDI", "CDD d'insertion 6 mois", "CDI intérimaire", "CDI d'intérimaire", "CDII", "Permanent",
            "TEMPORARY", "Saisonnier", "saisonnières", "Seasonal", "contrat de saison", "contrat saison", "CDD / Intérim",
            "Vendeur H/F - CDD 6 mois", "Poste en CDI, à pourvoir de suite.",
        ];
        var texts = wordings.Concat(Shared.Generator.GenerateDetailed(0, 2_000).SelectMany(g => new[] { g.Entry.Offre.Intitule!, g.Entry.Offre.Description! }));
        var matches = 0;
        foreach (var text in texts)
        {
            var folded = TextFolding.Fold(text).Replace('_', ' ');
            foreach (var match in ContractParser.StrictMatches(folded))
            {
                matches++;
                Assert.True(match.AsSpan().ContainsAny(ContractParser.StrictWords), $"« {match} » (in « {text} ») holds none of the pre-filter's words");
            }
        }
        Assert.True(matches > 1_000, $"{matches} strict matches");
    }

    [Theory]
    [InlineData("Vos missions : accueil des clients, mise en rayon. Horaires du lundi au vendredi.", null)]
    [InlineData("Chargé de mission indépendant, statut auto-entrepreneur.", null)]
    [InlineData("Poste en CDI, à pourvoir de suite.", "CDI")]
    [InlineData("Renfort pour la saison d'été, contrat saisonnier de 2 mois.", "SAI")]
    [InlineData("Mission en INTÉRIM de 3 semaines.", "MIS")]
    [InlineData("Contrat à durée déterminée (6 mois).", "CDD")]
    public void A_description_is_read_strictly_whether_or_not_it_names_a_contract(string description, string? type)
    {
        var offer = Shared.Accepted(Shared.Offer(r => (r.Title, r.Description) = ("Employé polyvalent", description)));

        Assert.Equal(type, offer.Offre.TypeContrat);
    }
}
