using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Search.Facts;
using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Tests.Facts;

public sealed class OffreFactsExtractorTests
{
    private static readonly Lazy<ReferenceData> Data = new(ReferenceData.LoadDefault);

    [Fact]
    public void Labels_are_mapped_back_to_codes_and_derived_codes_filled_in()
    {
        var offre = new Offre
        {
            Id = "123ABCD",
            Intitule = "Serveur / Serveuse (H/F)",
            RomeCode = "G1603",
            RomeLibelle = "Personnel polyvalent en restauration",
            NatureContrat = "Contrat apprentissage",
            TypeContrat = "CDD",
            TypeContratLibelle = "CDD - 12 Mois",
            Formations = [new Formation { NiveauLibelle = "CAP, BEP et équivalents" }],
            Permis = [new Permis { Libelle = "B - Véhicule léger" }],
            CodeNAF = "56.10A",
            LieuTravail = new LieuTravail { Libelle = "42 - ST ETIENNE", Commune = "42218", Latitude = 45.43, Longitude = 4.39 },
            Salaire = new Salaire { Libelle = "Mensuel de 1801.80 Euros sur 12 mois" },
            DureeTravailLibelle = "35H Horaires normaux",
            DureeTravailLibelleConverti = "Temps plein",
            QualificationCode = "6",
            OrigineOffre = new OrigineOffre { Origine = "2" },
            Alternance = true,
        };

        var facts = new OffreFactsExtractor(Data.Value).Extract(new OffreEntry(offre, "EMPLOIDIRECT", "X1", "38553", null, null));

        Assert.Equal("E2", facts.NatureContrat);
        Assert.Equal(["NV5"], facts.NiveauxFormation);
        Assert.Equal(["B"], facts.Permis);
        Assert.Equal("G16", facts.Domaine);
        Assert.Equal("G", facts.GrandDomaine);
        Assert.Equal("56", facts.SecteurActivite);
        Assert.Equal("42", facts.Departement);
        Assert.Equal("84", facts.Region);
        Assert.Equal(12m, facts.DureeContratMois);
        Assert.Equal(SalaryPeriod.Mensuel, facts.SalairePeriode);
        Assert.Equal(1801.80m, facts.SalaireMax);
        Assert.Equal(35 * 60, facts.DureeHebdoMinutes);
        Assert.True(facts.TempsPlein);
        Assert.Equal(6, facts.QualificationCode);
        Assert.Equal(2, facts.Origine);
        Assert.Contains("Personnel polyvalent", facts.Metier, StringComparison.Ordinal);
        Assert.Contains("B - Véhicule léger", facts.Competences, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every label the generator writes must map back: a label the extractor misses is an offer
    /// that a filter silently never finds.
    /// </summary>
    [Fact]
    public void Every_generated_offer_yields_complete_facts()
    {
        var extractor = new OffreFactsExtractor(Data.Value);
        var generator = new OffreGenerator(Data.Value, new OffreGeneratorOptions { Seed = 5, Now = new DateTime(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc) });

        foreach (var entry in generator.Generate(0, 3_000))
        {
            var facts = extractor.Extract(entry);
            var offre = entry.Offre;
            Assert.NotNull(facts.NatureContrat);
            Assert.NotNull(facts.TempsPlein);
            Assert.NotNull(facts.DureeHebdoMinutes);
            Assert.NotNull(facts.Domaine);
            Assert.NotNull(facts.Region);
            Assert.Equal(offre.Formations?.Count(f => f.NiveauLibelle is not null) ?? 0, facts.NiveauxFormation.Count);
            Assert.Equal(offre.Permis?.Count ?? 0, facts.Permis.Count);
            if (offre.Salaire?.Libelle is { } salaire && salaire.Contains("Euros", StringComparison.Ordinal))
                Assert.NotNull(facts.SalaireMax);
            if (offre.TypeContrat is "CDD" or "MIS" or "SAI")
                Assert.NotNull(facts.DureeContratMois);
            if (offre.LieuTravail?.Commune is not null)
                Assert.NotNull(facts.Latitude);
            // Every generated offer is placed at least at région level: paysContinent=01 keeps them all.
            Assert.True(facts.EnFrance);
        }
    }

    [Theory]
    [InlineData("42218", null, null, true)]
    [InlineData(null, "42", null, true)]
    [InlineData(null, null, "84", true)]
    [InlineData("99999", null, null, false)]
    [InlineData(null, null, null, false)]
    public void An_offer_is_in_france_when_its_location_is_in_the_geography(string? commune, string? departement, string? region, bool expected)
    {
        var offre = new Offre { Id = "123ABCD", LieuTravail = commune is null ? null : new LieuTravail { Commune = commune } };

        var facts = new OffreFactsExtractor(Data.Value).Extract(new OffreEntry(offre, "OPENEMPLOI", "X1", null, departement, region));

        Assert.Equal(expected, facts.EnFrance);
    }

    /// <summary>The langues referential (ours) must name every language the generator writes into offers.</summary>
    [Fact]
    public void Every_generated_language_is_in_the_langues_referential()
    {
        var labels = Data.Value.Listes.Langues.Select(l => l.Libelle).ToHashSet(StringComparer.Ordinal);
        var generator = new OffreGenerator(Data.Value, new OffreGeneratorOptions { Seed = 3, Now = new DateTime(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc) });

        var seen = generator.Generate(0, 5_000).SelectMany(e => e.Offre.Langues ?? []).Select(l => l.Libelle ?? "").ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(seen);
        Assert.Subset(labels, seen);
    }
}
