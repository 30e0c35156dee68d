namespace OpenEmploi.Web.Features.Statistics;

/// <summary>
/// One published table offered for download: an indicator's every cell, every territory, activity
/// and period, as one CSV file (<see cref="FileName"/>) of the catalogue dataset <see cref="Slug"/>.
/// </summary>
public sealed record StatisticsTable(string IndicatorCode, string Slug, string FileName, string Title, string Description, string Frequency)
{
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
        new(StatisticsIndicator.OffersCode, "statistiques-offres-emploi", "offres-emploi.csv",
            "Offres d'emploi enregistrées par territoire (trimestre)",
            "Offres enregistrées sur le trimestre par origine et type de contrat, territoire, métier ou secteur.",
            "quarterly"),
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
