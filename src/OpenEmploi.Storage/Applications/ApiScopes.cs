using System.Collections.Frozen;

namespace OpenEmploi.Storage.Applications;

/// <summary>The OAuth2 scopes of the platform's APIs, named as France Travail names them.</summary>
public static class ApiScopes
{
    public const string OffresV2 = "api_offresdemploiv2";
    public const string O2dsOffre = "o2dsoffre";
    public const string Sync = "api_offresdemploisyncv1";

    /// <summary>The employer postings API (docs/depot-offres-api.md): post, update and withdraw offers.</summary>
    public const string DepotOffres = "api_depotoffresv1";

    /// <summary>
    /// The operator's moderation API. Until operator accounts exist, an application granted this
    /// scope (openemploi apps create --scopes admin_moderation) is the operator.
    /// </summary>
    public const string AdminModeration = "admin_moderation";

    /// <summary>
    /// The operator's view of the reusers' compliance with the licence (last sync and lag of each
    /// application). An operator scope like <see cref="AdminModeration"/>, one per area, so that
    /// a moderator's credentials do not also read every reuser's activity.
    /// </summary>
    public const string AdminConformite = "admin_conformite";

    /// <summary>
    /// Sending the monthly consultation reports (licence, article 5.4; docs/developer-platform.md).
    /// Every application that reads offers (offers API or sync feed) holds it: approval adds it, and
    /// schema 9 added it to the applications that existed before.
    /// </summary>
    public const string RapportsConsultation = "api_rapportsconsultationv1";

    /// <summary>The company finder's API, compatible with "La Bonne Boîte" v2 (docs/company-finder.md).</summary>
    public const string LaBonneBoite = "api_labonneboitev2";

    /// <summary>The labour-market statistics API ("Marché du travail" v1, docs/statistics-api.md), with <see cref="OffresEtDemandesEmploi"/>.</summary>
    public const string StatsOffresDemandes = "api_stats-offres-demandes-emploiv1";

    /// <summary>The second scope France Travail's statistics API asks for.</summary>
    public const string OffresEtDemandesEmploi = "offresetdemandesemploi";

    public static IReadOnlySet<string> Known { get; } =
        new[] { OffresV2, O2dsOffre, Sync, DepotOffres, AdminModeration, AdminConformite, RapportsConsultation, LaBonneBoite, StatsOffresDemandes, OffresEtDemandesEmploi }
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The offers API wants both of these, as France Travail's does.</summary>
    public static IReadOnlyList<string> OffresApi { get; } = [OffresV2, O2dsOffre];

    /// <summary>The statistics API wants both of these, as France Travail's does.</summary>
    public static IReadOnlyList<string> StatisticsApi { get; } = [StatsOffresDemandes, OffresEtDemandesEmploi];

    /// <summary>Whether an application with these scopes reads offers, and so owes monthly consultation reports.</summary>
    public static bool ReadsOffers(IReadOnlyCollection<string> scopes) => scopes.Contains(OffresV2) || scopes.Contains(Sync);
}
