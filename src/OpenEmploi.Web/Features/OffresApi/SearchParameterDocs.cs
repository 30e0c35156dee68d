using OpenEmploi.Web.Features.OpenApi;

namespace OpenEmploi.Web.Features.OffresApi;

/// <summary>
/// The search endpoint reads its query string itself (to answer the contract's exact messages),
/// so its parameters are declared here for the OpenAPI document.
/// </summary>
internal static class SearchParameterDocs
{
    private static readonly QueryParameterDoc[] Parameters =
    [
        new("range", "Plage de résultats p-d, à partir de 0 (défaut 0-149) ; 150 résultats au plus, p ≤ 3000, d ≤ 3149."),
        new("sort", "0 pertinence, 1 date de création (défaut sans mots-clés), 2 distance."),
        new("motsCles", "Jusqu'à 7 mots-clés séparés par des virgules, 2 caractères au moins, tous requis."),
        new("domaine", "Code de domaine professionnel ROME (ex. M18)."),
        new("codeROME", "Codes ROME séparés par des virgules (200 au plus)."),
        new("appellation", "Code d'appellation ROME."),
        new("theme", "Code de thème (référentiel themes)."),
        new("secteurActivite", "Divisions NAF (2 chiffres), 2 au plus."),
        new("codeNAF", "Codes NAF 99.99X, 2 au plus."),
        new("experience", "0 non précisée, 1 moins d'un an, 2 de 1 à 3 ans, 3 plus de 3 ans."),
        new("experienceExigence", "D débutant accepté, S souhaitée, E exigée."),
        new("typeContrat", "Codes de type de contrat (CDI, CDD, MIS…), combinés en OU avec natureContrat."),
        new("natureContrat", "Codes de nature de contrat (E1, E2, FS…)."),
        new("origineOffre", "1 offres de la plateforme, 2 offres partenaires."),
        new("partenaires", "Codes partenaires, avec modeSelectionPartenaires."),
        new("modeSelectionPartenaires", "INCLUS ou EXCLU."),
        new("qualification", "0 non cadre, 9 cadre."),
        new("tempsPlein", "Booléen."),
        new("dureeHebdo", "0 non précisée, 1 temps plein, 2 temps partiel."),
        new("dureeHebdoMin", "Durée hebdomadaire minimale HHMM."),
        new("dureeHebdoMax", "Durée hebdomadaire maximale HHMM."),
        new("dureeContratMin", "Durée de contrat minimale en mois (0 à 99)."),
        new("dureeContratMax", "Durée de contrat maximale en mois (0 à 99)."),
        new("commune", "Codes INSEE de communes (5 au plus) ; Paris, Lyon, Marseille et leurs arrondissements se valent."),
        new("distance", "Rayon en km autour des communes (défaut 10 ; 0 : la commune seule)."),
        new("departement", "Codes de départements (5 au plus)."),
        new("inclureLimitrophes", "Booléen : ajoute les départements limitrophes."),
        new("region", "Code de région."),
        new("paysContinent", "Code de pays ou de continent (01 : France)."),
        new("niveauFormation", "Code de niveau de formation."),
        new("permis", "Code de permis."),
        new("salaireMin", "Salaire minimum, avec periodeSalaire."),
        new("periodeSalaire", "M mensuel, A annuel, H horaire, C cachet."),
        new("publieeDepuis", "Publiée depuis 1, 3, 7, 14 ou 31 jours."),
        new("minCreationDate", "Date de création minimale yyyy-MM-ddTHH:mm:ssZ."),
        new("maxCreationDate", "Date de création maximale yyyy-MM-ddTHH:mm:ssZ."),
        new("accesTravailleurHandicape", "Booléen."),
        new("offresMRS", "Booléen : offres avec recrutement par simulation."),
        new("offresManqueCandidats", "Booléen : offres difficiles à pourvoir."),
        new("entreprisesAdaptees", "Booléen."),
        new("employeursHandiEngages", "Booléen."),
        new("alternance", "Booléen."),
        new("grandDomaine", "A, B, C, C15, D, E, F, G, H, I, J, K, L, L14, M, M13, M14, M15, M16, M17, M18 ou N."),
    ];

    public static RouteHandlerBuilder WithSearchParameters(this RouteHandlerBuilder builder) => builder.WithQueryParameters(Parameters);
}
