namespace OpenEmploi.Web.Features.Statistics;

/// <summary>
/// One published table offered for download: an indicator's every cell, every territory, activity
/// and period, as one CSV file (<see cref="FileName"/>) of the catalogue dataset <see cref="Slug"/>.
/// <see cref="TwelveMonths"/>: the cells are sums over the twelve months ending with the quarter
/// they are coded by, so the file's <c>code_type_periode</c> reads GLISSANT_12_MOIS, as in the API.
/// </summary>
public sealed record StatisticsTable(string IndicatorCode, string Slug, string FileName, string Title, string Description, string Frequency, bool TwelveMonths = false)
{
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
        new(StatisticsIndicator.TensionCode, "statistiques-tension-metiers", "tension-metiers.csv",
            "Tension sur le marché du travail par métier et territoire (annuelle)",
            "Indicateur principal de tension (méthode DARES) et indicateurs complémentaires sur une échelle de 1 (très faible) à 5 (très élevée), "
            + "publiés là où l'année compte au moins 30 offres, 30 projets de recrutement et 30 demandeurs de catégorie A.",
            "annual"),
    ];
}
