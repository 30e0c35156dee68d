using Microsoft.OpenApi;

namespace OpenEmploi.Web.Features.OffresApi;

/// <summary>
/// The search endpoint reads its query string itself (to answer the contract's exact messages),
/// so its parameters are declared here for the OpenAPI document.
/// </summary>
internal static class SearchParameterDocs
{
    private static readonly (string Name, string Description)[] Parameters =
    [
        ("range", "Plage de résultats p-d, à partir de 0 (défaut 0-149) ; 150 résultats au plus, p ≤ 3000, d ≤ 3149."),
        ("sort", "0 pertinence, 1 date de création (défaut sans mots-clés), 2 distance."),
        ("motsCles", "Jusqu'à 7 mots-clés séparés par des virgules, 2 caractères au moins, tous requis."),
        ("domaine", "Code de domaine professionnel ROME (ex. M18)."),
        ("codeROME", "Codes ROME séparés par des virgules (200 au plus)."),
        ("appellation", "Code d'appellation ROME."),
        ("theme", "Code de thème (référentiel themes)."),
        ("secteurActivite", "Divisions NAF (2 chiffres), 2 au plus."),
        ("codeNAF", "Codes NAF 99.99X, 2 au plus."),
        ("experience", "0 non précisée, 1 moins d'un an, 2 de 1 à 3 ans, 3 plus de 3 ans."),
        ("experienceExigence", "D débutant accepté, S souhaitée, E exigée."),
        ("typeContrat", "Codes de type de contrat (CDI, CDD, MIS…), combinés en OU avec natureContrat."),
        ("natureContrat", "Codes de nature de contrat (E1, E2, FS…)."),
        ("origineOffre", "1 offres de la plateforme, 2 offres partenaires."),
        ("partenaires", "Codes partenaires, avec modeSelectionPartenaires."),
        ("modeSelectionPartenaires", "INCLUS ou EXCLU."),
        ("qualification", "0 non cadre, 9 cadre."),
        ("tempsPlein", "Booléen."),
        ("dureeHebdo", "0 non précisée, 1 temps plein, 2 temps partiel."),
        ("dureeHebdoMin", "Durée hebdomadaire minimale HHMM."),
        ("dureeHebdoMax", "Durée hebdomadaire maximale HHMM."),
        ("dureeContratMin", "Durée de contrat minimale en mois (0 à 99)."),
        ("dureeContratMax", "Durée de contrat maximale en mois (0 à 99)."),
        ("commune", "Codes INSEE de communes (5 au plus) ; Paris, Lyon, Marseille et leurs arrondissements se valent."),
        ("distance", "Rayon en km autour des communes (défaut 10 ; 0 : la commune seule)."),
        ("departement", "Codes de départements (5 au plus)."),
        ("inclureLimitrophes", "Booléen : ajoute les départements limitrophes."),
        ("region", "Code de région."),
        ("paysContinent", "Code de pays ou de continent (01 : France)."),
        ("niveauFormation", "Code de niveau de formation."),
        ("permis", "Code de permis."),
        ("salaireMin", "Salaire minimum, avec periodeSalaire."),
        ("periodeSalaire", "M mensuel, A annuel, H horaire, C cachet."),
        ("publieeDepuis", "Publiée depuis 1, 3, 7, 14 ou 31 jours."),
        ("minCreationDate", "Date de création minimale yyyy-MM-ddTHH:mm:ssZ."),
        ("maxCreationDate", "Date de création maximale yyyy-MM-ddTHH:mm:ssZ."),
        ("accesTravailleurHandicape", "Booléen."),
        ("offresMRS", "Booléen : offres avec recrutement par simulation."),
        ("offresManqueCandidats", "Booléen : offres difficiles à pourvoir."),
        ("entreprisesAdaptees", "Booléen."),
        ("employeursHandiEngages", "Booléen."),
        ("alternance", "Booléen."),
        ("grandDomaine", "A, B, C, C15, D, E, F, G, H, I, J, K, L, L14, M, M13, M14, M15, M16, M17, M18 ou N."),
    ];

    public static RouteHandlerBuilder WithSearchParameters(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var (name, description) in Parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Required = false,
                    Description = description,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }
            return Task.CompletedTask;
        });
}
