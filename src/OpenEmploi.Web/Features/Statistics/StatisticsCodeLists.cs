using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Web.Features.Statistics;

/// <summary>One code list of the statistics: a nomenclature (CATCAND…) or a characteristic type (SEXE…), its values in display order.</summary>
public sealed record StatisticsCodeList(string Code, string Label, IReadOnlyList<CodeLibelle> Values)
{
    public string LabelOf(string value) => Values.FirstOrDefault(v => v.Code == value)?.Libelle ?? value;

    public bool Contains(string value) => Values.Any(v => v.Code == value);
}

/// <summary>
/// The nomenclatures an indicator is broken down by (the API's <c>codeTypeNomenclature</c>) and the
/// characteristics of its <c>listeValeurParCaract</c> (<c>codeTypeCaract</c>), with French labels:
/// served by GET …/referentiel/nomenclatures/{code}, used to label responses, CSV files and charts.
/// Education and qualification labels come from the reference data (niveaux_formation.csv,
/// qualifications.csv); the others are the register's own bands (docs/statistics-api.md).
/// </summary>
public sealed class StatisticsCodeLists
{
    // Nomenclatures.
    public const string JobSeekerCategory = "CATCAND";
    public const string OfferOrigin = "ORIGINEOFF";
    public const string Tension = "TYPE_TENSION";
    public const string Contract = "TYPECONTRAT";
    public const string Projects = "PROJETS";
    /// <summary>The single value of the tables that are not broken down (the sectors' employees, establishments, change).</summary>
    public const string Whole = "CUMUL";

    // Characteristics.
    public const string Sex = "SEXE";
    public const string Age = "AGE";
    public const string Education = "NIVFORM";
    public const string Qualification = "QUALIF";
    public const string Experience = "EXPERIENCE";
    public const string Seniority = "ANCIENNETE";
    public const string Family = "SITFAM";
    public const string OfferContract = "CONTRAT";
    public const string OfferDuration = "DUREE";
    public const string WorkingTime = "TEMPS";
    public const string ExitReason = "MOTIF";
    public const string Difficulty = "DIFFICULTE";
    public const string Seasonality = "SAISONNALITE";

    /// <summary>Not a breakdown: the earlier values a main value is compared with (docs/statistics.md, "Evolutions").</summary>
    public const string Evolution = "EVOLUTION";

    private readonly Dictionary<string, StatisticsCodeList> _lists;

    public StatisticsCodeLists(ReferenceData data)
    {
        StatisticsCodeList[] lists =
        [
            new(JobSeekerCategory, "Catégorie de demandeurs d'emploi",
            [
                new("A", "Catégorie A : sans emploi, tenus de rechercher un emploi"),
                new("B", "Catégorie B : activité réduite courte (78 heures ou moins dans le mois)"),
                new("C", "Catégorie C : activité réduite longue (plus de 78 heures dans le mois)"),
                new("ABC", "Catégories A, B, C"),
                new("D", "Catégorie D : sans emploi, non immédiatement disponibles (formation…)"),
                new("E", "Catégorie E : en emploi (contrats aidés…)"),
            ]),
            new(OfferOrigin, "Origine de l'offre",
            [
                new("TOUTES", "Toutes origines"),
                new("EMPLOYEUR", "Déposée par l'employeur"),
                new("PARTENAIRE", "Collectée chez un partenaire"),
            ]),
            new(Contract, "Type de contrat",
            [
                new("TOUS", "Tous contrats"),
                new("CDI", "CDI"),
                new("CDD_PLUS_1_MOIS", "CDD de plus d'un mois"),
                new("CDD_1_MOIS_MOINS", "CDD d'un mois ou moins (intérim compris)"),
            ]),
            new(Tension, "Indicateurs de tension (échelle de 1 à 5)",
            [
                new("TENSION", "Tension"),
                new("OFFRES_DEMANDEURS", "Offres par demandeur d'emploi de catégorie A (composante)"),
                new("ECOULEMENT", "Sorties des catégories A, B, C (composante)"),
                new("DIFFICULTE", "Difficultés de recrutement déclarées (composante)"),
                new("INTENSITE_EMBAUCHES", "Intensité d'embauches"),
                new("MANQUE_MAIN_OEUVRE", "Manque de main-d'œuvre disponible"),
                new("EMPLOIS_NON_DURABLES", "Emplois non durables"),
                new("INADEQUATION_GEO", "Inadéquation géographique"),
            ]),
            new(Projects, "Projets de recrutement", [new("TOUS", "Projets de recrutement")]),
            new(Whole, "Sans ventilation", [new("CUMUL", "Ensemble")]),
            new(Sex, "Sexe", [new("F", "Femmes"), new("H", "Hommes")]),
            new(Age, "Tranche d'âge", [new("MOINS25", "Moins de 25 ans"), new("25A49", "25 à 49 ans"), new("50ETPLUS", "50 ans ou plus")]),
            new(Education, "Niveau de formation", [.. data.Listes.NiveauxFormation.OrderBy(n => n.Ordre).Select(n => new CodeLibelle(n.Code, n.Libelle))]),
            new(Qualification, "Qualification", [.. data.Listes.Qualifications.Select(q => new CodeLibelle(q.Code, q.Libelle))]),
            new(Experience, "Expérience dans le métier recherché",
            [
                new("AUCUNE", "Aucune expérience"), new("MOINS1AN", "Moins d'un an"), new("1A2ANS", "1 à 2 ans"),
                new("3A5ANS", "3 à 5 ans"), new("PLUS5ANS", "Plus de 5 ans"),
            ]),
            new(Seniority, "Ancienneté d'inscription", [new("MOINS1AN", "Moins d'un an"), new("1A2ANS", "1 à 2 ans"), new("2ANSETPLUS", "2 ans ou plus")]),
            new(Family, "Situation familiale",
            [
                new("SEUL_SANS_ENFANT", "Seul, sans enfant"), new("SEUL_AVEC_ENFANTS", "Seul, avec enfants"),
                new("COUPLE_SANS_ENFANT", "En couple, sans enfant"), new("COUPLE_AVEC_ENFANTS", "En couple, avec enfants"),
            ]),
            new(OfferContract, "Type de contrat de l'offre", [.. data.Listes.TypesContrat]),
            new(OfferDuration, "Durée de l'offre", [new("DURABLE", "Durable (CDI ou CDD de plus de 6 mois)"), new("NON_DURABLE", "Non durable")]),
            new(WorkingTime, "Temps de travail", [new("PLEIN", "Temps plein"), new("PARTIEL", "Temps partiel")]),
            // The register's exit reasons (ExitReason, 1–5); 0 when the register does not say.
            new(ExitReason, "Motif de sortie",
            [
                new("1", "Reprise d'emploi"), new("2", "Entrée en formation"), new("3", "Défaut d'actualisation"),
                new("4", "Radiation administrative"), new("5", "Autre motif"), new("0", "Motif non renseigné"),
            ]),
            // The recruitment-projects survey's characteristics (BMO_1).
            new(Difficulty, "Difficulté de recrutement", [new("DIFFICILE", "Jugés difficiles"), new("NON_DIFFICILE", "Non jugés difficiles")]),
            new(Seasonality, "Saisonnalité", [new("SAISONNIER", "Saisonniers"), new("NON_SAISONNIER", "Non saisonniers")]),
            new(Evolution, "Valeur antérieure (évolution)",
            [new("TRIMESTRE_PRECEDENT", "Trimestre précédent"), new("ANNEE_PRECEDENTE", "Même trimestre un an avant")]),
        ];
        _lists = lists.ToDictionary(l => l.Code, StringComparer.Ordinal);
        All = lists;
    }

    public IReadOnlyList<StatisticsCodeList> All { get; }

    public StatisticsCodeList? Find(string code) => _lists.GetValueOrDefault(code);

    /// <summary>The label of a value; the code itself for a list or value this platform does not describe.</summary>
    public string LabelOf(string list, string value) => Find(list)?.LabelOf(value) ?? value;

    public string ListLabel(string list) => Find(list)?.Label ?? list;
}
