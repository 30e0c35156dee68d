using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>NormalisedOffers built field by field, as the normaliser would hand them over.</summary>
internal static class TestOffers
{
    public static readonly DateTime T0 = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    public static readonly Source JobsRegion = new("JOBSREGION", "JobsRégion", "https://www.jobsregion.example", "https://www.jobsregion.example/logo.png");
    public static readonly Source EmploiDirect = new("EMPLOIDIRECT", "EmploiDirect", "https://www.emploidirect.example", "https://www.emploidirect.example/logo.png");
    public static readonly Source InterimNet = new("INTERIMNET", "InterimNet", "https://www.interimnet.example", null);

    public static IReadOnlyList<Source> Sources { get; } = [JobsRegion, EmploiDirect, InterimNet];

    public const string Title = "Vendeur en boulangerie H/F";

    public const string Description =
        "La Boulangerie Martin, implantée à Lyon depuis trente ans, renforce son équipe et recrute un vendeur en boulangerie.\n" +
        "Vous accueillez la clientèle, conseillez nos clients sur nos pains et viennoiseries et assurez l'encaissement. " +
        "Vous participez à la mise en place de la vitrine chaque matin avant l'ouverture du magasin. " +
        "Vous veillez au respect des règles d'hygiène et à la propreté de la boutique tout au long de la journée.\n" +
        "Une première expérience dans la vente alimentaire serait un plus pour réussir sur ce poste. " +
        "Vous êtes souriant, ponctuel et vous aimez le contact avec une clientèle de quartier fidèle.\n" +
        "Poste à pourvoir en CDI à temps plein, du mardi au samedi, avec deux jours de repos consécutifs. " +
        "Rémunération selon profil et convention collective, mutuelle d'entreprise et prime annuelle.";

    /// <summary>A board's copy of <see cref="Make"/>'s default offer: its own title, employer spelling, header line and later dates.</summary>
    public static NormalisedOffer Copy(string id, string source, string sourceId, int hours = 1, PosterKind poster = PosterKind.Partner, string? employer = "BOULANGERIE MARTIN SAS") =>
        Make(id, source: source, sourceId: sourceId, title: "Vendeur en boulangerie", employer: employer, poster: poster,
            description: "Offre relayée par " + source + "\n" + Description, created: T0.AddHours(hours), updated: T0.AddHours(hours + 1));

    public static NormalisedOffer Make(
        string id,
        string source = Core.Offres.Sources.Plateforme,
        string? sourceId = null,
        string? title = Title,
        string? description = Description,
        string? employer = "Boulangerie Martin",
        string? siret = null,
        string? commune = "69383",
        string? postalCode = "69003",
        string? departement = "69",
        string? region = "84",
        string? contract = "CDI",
        PosterKind poster = PosterKind.Employer,
        DateTime? created = null,
        DateTime? updated = null,
        string? applyUrl = null)
    {
        var offre = new Offre
        {
            Id = id,
            Intitule = title,
            Description = description,
            DateCreation = created ?? T0,
            DateActualisation = updated ?? created ?? T0,
            LieuTravail = new LieuTravail { Libelle = "69 - Lyon 3e", Commune = commune, CodePostal = postalCode },
            Entreprise = new Entreprise { Nom = employer },
            TypeContrat = contract,
            OrigineOffre = source == Core.Offres.Sources.Plateforme
                ? new OrigineOffre { Origine = "1" }
                : new OrigineOffre { Origine = "2", UrlOrigine = "https://" + source.ToLowerInvariant() + ".example/offres/" + (sourceId ?? id) },
        };
        var raw = new RawOffer { SourceId = sourceId, Title = title, Description = description, ApplyUrl = applyUrl };
        raw.Employer.Name = employer;
        raw.Employer.Siret = siret;
        var entry = new OffreEntry(offre, source, sourceId, null, departement, region);
        return new NormalisedOffer(entry, raw, poster, siret, []);
    }
}
