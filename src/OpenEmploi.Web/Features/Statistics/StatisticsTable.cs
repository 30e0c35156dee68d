using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Web.Features.Statistics;

/// <summary>
/// One published table offered for download: an indicator's every cell, every territory, activity
/// and period, as one CSV file (<see cref="FileName"/>) of the catalogue dataset <see cref="Slug"/>.
/// <see cref="TwelveMonths"/>: the cells are sums over the twelve months ending with the quarter
/// they are coded by, so the file's <c>code_type_periode</c> reads GLISSANT_12_MOIS, as in the API.
/// <see cref="EstimatedLevel"/>: the level whose cells are estimates, not counts (the recruitment
/// projects of an EPCI, spread from its zones d'emploi): their <c>libelle_nomenclature</c> ends with
/// <see cref="EstimateLabel"/>, as the dashboards' figure does, so a reader of the file alone sees it.
/// </summary>
public sealed record StatisticsTable(
    string IndicatorCode, string Slug, string FileName, string Title, string Description, string Frequency, bool TwelveMonths = false,
    TerritoryLevel? EstimatedLevel = null)
{
    public const string EstimateLabel = " (estimation)";

    public bool IsEstimated(PublishedCell cell) => cell.TerritoryLevel == EstimatedLevel;

    /// <summary>The catalogue tag naming what the table counts (a sector table is not about job seekers).</summary>
    public string Topic => IndicatorCode.Split('_')[0] switch
    {
        "DE" => "demandeurs-emploi",
        "OFF" => "offres-emploi",
        "EMB" => "embauches",
        "BMO" => "projets-recrutement",
        "PERSP" => "tension",
        "SECT" => "secteurs",
        _ => throw new InvalidOperationException($"Table {IndicatorCode} sans thème de catalogue."),
    };

    private const string TwelveMonthNote =
        " Chaque période est désignée par son dernier trimestre (2026T3 : d'octobre 2025 à septembre 2026) ; chaque valeur est la somme des quatre "
        + "trimestres publiés, et vaut « secret » dès que l'un d'eux l'est (elle ne permet donc de retrouver aucun trimestre masqué).";

    public static IReadOnlyList<StatisticsTable> All { get; } =
    [
        new(StatisticsIndicator.JobSeekersCode, "statistiques-demandeurs-emploi", "demandeurs-emploi.csv",
            "Demandeurs d'emploi par territoire (fin de trimestre)",
            "Demandeurs d'emploi inscrits en fin de trimestre par catégorie (A, B, C, ABC, D, E), territoire, métier recherché, "
            + "et leur répartition par sexe, âge, niveau de formation, qualification, expérience, ancienneté d'inscription et situation familiale.",
            "quarterly"),
        new(StatisticsIndicator.EntriesCode, "statistiques-entrees-demandeurs-emploi", "entrees-demandeurs-emploi.csv",
            "Entrées de demandeurs d'emploi par territoire (trimestre)",
            "Inscriptions de demandeurs d'emploi sur le trimestre par catégorie, territoire et métier recherché.",
            "quarterly"),
        new(StatisticsIndicator.ExitsCode, "statistiques-sorties-demandeurs-emploi", "sorties-demandeurs-emploi.csv",
            "Sorties de demandeurs d'emploi par territoire (trimestre)",
            "Sorties des listes de demandeurs d'emploi sur le trimestre par catégorie, territoire et métier recherché, "
            + "et leur répartition par motif de sortie (reprise d'emploi, formation, défaut d'actualisation, radiation, autre).",
            "quarterly"),
        new(StatisticsIndicator.OutflowRateCode, "statistiques-taux-sortie-demandeurs-emploi", "taux-sortie-demandeurs-emploi.csv",
            "Taux de sortie des demandeurs d'emploi par territoire (trimestre)",
            "Taux de sortie des catégories A, B, C : sorties sur le trimestre pour 100 demandeurs d'emploi des catégories A, B, C inscrits "
            + "au début du trimestre (colonne « valeur », en %), par territoire et domaine professionnel recherché ; publié quand au moins 30 "
            + "demandeurs étaient inscrits au début du trimestre et que les sorties elles-mêmes sont publiées.",
            "quarterly"),
        new(StatisticsIndicator.TwelveMonthEntriesCode, "statistiques-entrees-demandeurs-emploi-12-mois", "entrees-demandeurs-emploi-12-mois.csv",
            "Entrées de demandeurs d'emploi par territoire (12 mois glissants)",
            "Inscriptions de demandeurs d'emploi sur les douze mois qui finissent avec chaque trimestre, par catégorie, territoire et métier recherché, "
            + "et leur répartition par sexe et âge." + TwelveMonthNote,
            "quarterly", TwelveMonths: true),
        new(StatisticsIndicator.TwelveMonthExitsCode, "statistiques-sorties-demandeurs-emploi-12-mois", "sorties-demandeurs-emploi-12-mois.csv",
            "Sorties de demandeurs d'emploi par territoire (12 mois glissants)",
            "Sorties des listes de demandeurs d'emploi sur les douze mois qui finissent avec chaque trimestre, par catégorie, territoire et métier "
            + "recherché, et leur répartition par motif de sortie." + TwelveMonthNote,
            "quarterly", TwelveMonths: true),
        new(StatisticsIndicator.OffersCode, "statistiques-offres-emploi", "offres-emploi.csv",
            "Offres d'emploi enregistrées par territoire (trimestre)",
            "Offres enregistrées sur le trimestre par origine et type de contrat, territoire, métier ou secteur.",
            "quarterly"),
        new(StatisticsIndicator.TwelveMonthOffersCode, "statistiques-offres-emploi-12-mois", "offres-emploi-12-mois.csv",
            "Offres d'emploi enregistrées par territoire (12 mois glissants)",
            "Offres enregistrées sur les douze mois qui finissent avec chaque trimestre, par origine, territoire, métier ou secteur, "
            + "avec leur répartition par type de contrat, durée (part des offres durables) et temps de travail (part des temps pleins)." + TwelveMonthNote,
            "quarterly", TwelveMonths: true),
        new(StatisticsIndicator.HiresCode, "statistiques-embauches", "embauches.csv",
            "Embauches par territoire (trimestre)",
            "Embauches déclarées sur le trimestre par type de contrat, territoire, secteur (NAF) et métier quand il est connu.",
            "quarterly"),
        new(StatisticsIndicator.ProjectsCode, "statistiques-projets-recrutement", "projets-recrutement.csv",
            "Projets de recrutement par métier et territoire (annuelle)",
            "Projets de recrutement des employeurs (enquête Besoins en main-d'œuvre) par métier, domaine et grand domaine professionnel, "
            + "par zone d'emploi, département, région et France, avec les projets jugés difficiles et les projets saisonniers (colonne "
            + "« pourcentage » : leur part, publiée à partir de 30 projets). L'enquête est menée par zone d'emploi : une zone compte dans le "
            + "département qui en rassemble la plus grande population. Les chiffres des EPCI sont des estimations, signalées « (estimation) » "
            + "dans la colonne libelle_nomenclature : chaque zone est répartie entre ses EPCI selon la part de sa population qu'ils rassemblent, "
            + "arrondie au projet près (la somme des parts d'un EPCI peut différer de son total d'une unité) ; elles ne s'ajoutent à aucun total. "
            + "Une estimation inférieure à un demi-projet (qui s'arrondirait à 0) n'est pas publiée : la ligne est absente.",
            "annual", EstimatedLevel: TerritoryLevel.Epci),
        new(StatisticsIndicator.TensionCode, "statistiques-tension-metiers", "tension-metiers.csv",
            "Tension sur le marché du travail par métier et territoire (annuelle)",
            "Indicateur principal de tension (méthode DARES) et indicateurs complémentaires sur une échelle de 1 (très faible) à 5 (très élevée), "
            + "publiés là où l'année compte au moins 30 offres, 30 projets de recrutement et 30 demandeurs de catégorie A. "
            + "Les niveaux des EPCI reposent sur leurs projets de recrutement estimés (voir le jeu « Projets de recrutement »).",
            "annual"),
        new(StatisticsIndicator.SectorEmployeesCode, "statistiques-effectifs-salaries-secteurs", "effectifs-salaries-secteurs.csv",
            "Effectifs salariés par secteur et territoire (annuelle)",
            "Salariés des établissements en fin d'année par section de la NAF (colonne code_activite) et tous secteurs, par territoire ; une "
            + "valeur n'est publiée que si elle rassemble au moins 3 établissements et qu'aucun n'en représente plus de 85 %.",
            "annual"),
        new(StatisticsIndicator.SectorEstablishmentsCode, "statistiques-etablissements-secteurs", "etablissements-secteurs.csv",
            "Établissements employeurs par secteur et territoire (annuelle)",
            "Établissements dont l'effectif salarié de fin d'année est déclaré, par section de la NAF et tous secteurs, par territoire ; "
            + "publiés à partir de 3 établissements.",
            "annual"),
        new(StatisticsIndicator.SectorGrowthCode, "statistiques-secteurs-en-croissance", "secteurs-en-croissance.csv",
            "Évolution des effectifs salariés sur cinq ans et secteurs en croissance (annuelle)",
            "Par section de la NAF et tous secteurs, par territoire : colonne « pourcentage », l'évolution en % des salariés entre la fin de "
            + "l'année N−5 et celle de l'année N ; colonne « valeur », 1 quand le secteur est en croissance sur le territoire (effectifs en hausse, "
            + "et plus vite que l'ensemble des secteurs en France), 0 sinon. Publiée quand les effectifs des deux années sont publiables et "
            + "qu'au moins 30 salariés comptaient l'année N−5.",
            "annual"),
    ];
}
