using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification;

namespace OpenEmploi.Ingestion.Tests.Verification;

/// <summary>Shared reference data, verifier and generator, and compact builders for offers in tests.</summary>
internal static class TestOffers
{
    /// <summary>Offers dated autumn 2025: the SMIC in force is 11.88 €, the one DataGen pays at least.</summary>
    public static readonly DateTime Now = new(2025, 11, 20, 12, 0, 0, DateTimeKind.Utc);

    private static readonly Lazy<ReferenceData> LazyData = new(ReferenceData.LoadDefault);
    private static readonly Lazy<OffreVerifier> LazyVerifier = new(() => NewVerifier());
    private static readonly Lazy<OffreGenerator> LazyGenerator =
        new(() => new OffreGenerator(Data, new OffreGeneratorOptions { Seed = 7, Now = Now }));

    public static ReferenceData Data => LazyData.Value;

    public static OffreVerifier Verifier => LazyVerifier.Value;

    public static OffreGenerator Generator => LazyGenerator.Value;

    public static OffreVerifier NewVerifier(Action<VerifierOptionsBuilder>? configure = null)
    {
        var builder = new VerifierOptionsBuilder();
        configure?.Invoke(builder);
        return new OffreVerifier(Data.Rome, new VerifierOptions
        {
            TimeProvider = new FakeTimeProvider(new DateTimeOffset(Now)),
            Salaries = builder.Salaries,
            TextIndex = builder.TextIndex,
            FraudHoldThreshold = builder.Threshold,
        });
    }

    /// <summary>A complete, compliant CDI offer; tests change what they check.</summary>
    public static NormalisedOffer Make(string title = "Vendeur en prêt-à-porter H/F", string? description = null, Action<Offre>? change = null, Action<RawOffer>? raw = null)
    {
        var offre = new Offre
        {
            Id = "100TEST",
            Intitule = title,
            Description = description ?? "Boutique Martin, implantée à Lyon, renforce son équipe et recrute un(e) vendeur(se). Vous accueillez et conseillez la clientèle.",
            DateCreation = Now.AddDays(-3),
            DateActualisation = Now.AddDays(-1),
            RomeCode = "D1214",
            TypeContrat = "CDI",
            TypeContratLibelle = "Contrat à durée indéterminée",
            NatureContrat = "Contrat travail",
            ExperienceExige = "S",
            ExperienceLibelle = "Expérience souhaitée de 1 An(s)",
            Salaire = new Salaire { Libelle = "Mensuel de 1950.00 Euros sur 12 mois" },
            DureeTravailLibelle = "35H Horaires normaux",
            DureeTravailLibelleConverti = "Temps plein",
            Entreprise = new Entreprise { Nom = "Boutique Martin" },
            LieuTravail = new LieuTravail { Libelle = "69 - LYON 03", Commune = "69383", CodePostal = "69003", Latitude = 45.76, Longitude = 4.85 },
            CodeNAF = "47.71Z",
        };
        change?.Invoke(offre);
        var record = new RawOffer();
        raw?.Invoke(record);
        return new NormalisedOffer(new OffreEntry(offre, Sources.Plateforme, null, null, "69", "84"), record, PosterKind.Employer, "12345678900012", []);
    }

    /// <summary>A generated offer as the normaliser would hand it over: its employer's SIRET known.</summary>
    public static NormalisedOffer From(OffreGeneree generated)
    {
        var entry = generated.Entry;
        var poster = entry.Offre.TypeContrat is "MIS" or "DIN" ? PosterKind.Agency
            : entry.Source == Sources.Plateforme ? PosterKind.Employer : PosterKind.Partner;
        return new NormalisedOffer(entry, new RawOffer(), poster, generated.Employeur.Siret, []);
    }

    public static VerificationResult Verify(NormalisedOffer offer) => Verifier.Verify(offer);
}

internal sealed class VerifierOptionsBuilder
{
    public Ingestion.Verification.Fraud.ISalaryDistribution? Salaries { get; set; }

    public Ingestion.Verification.Fraud.ITextEmployerIndex? TextIndex { get; set; }

    public int Threshold { get; set; } = 60;
}
