using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Web.Features.Statistics;

/// <summary>
/// One indicator of the API: its route (…/indicateur/{Route}), its code in the published cells, the
/// family the response names (<c>codeFamille</c>), its period kinds and the nomenclatures it is broken down by,
/// and the code of its twelve-month cells when it has some (served for <c>codeTypePeriode</c> GLISSANT_12_MOIS).
/// </summary>
public sealed record StatisticsIndicator(
    string Route, string Code, string Family, string Label, string Unit, IReadOnlyList<PeriodKind> PeriodKinds, IReadOnlyList<string> Nomenclatures,
    string? TwelveMonthCode = null)
{
    public const string JobSeekersCode = "DE_1";
    public const string EntriesCode = "DE_5";
    public const string ExitsCode = "DE_SORT";
    public const string TwelveMonthEntriesCode = "DE_5_12M";
    public const string TwelveMonthExitsCode = "DE_SORT_12M";
    public const string OffersCode = "OFF_1";
    public const string TwelveMonthOffersCode = "OFF_1_12M";
    public const string HiresCode = "EMB_1";
    public const string TensionCode = "PERSP_2";
    /// <summary>Recruitment projects (annual; no route of its own in the API contract: the dashboards and the CSV file show it).</summary>
    public const string ProjectsCode = "BMO_1";
    /// <summary>ABC outflow rate (no route of its own in the API contract: the CSV file shows it).</summary>
    public const string OutflowRateCode = "DE_TXSORT";
    /// <summary>Indicator 7 (annual; no route in the API contract): employees, establishments, 5-year change by NAF section.</summary>
    public const string SectorEmployeesCode = "SECT_EFF";
    public const string SectorEstablishmentsCode = "SECT_ETAB";
    public const string SectorGrowthCode = "SECT_EVOL5";

    public static IReadOnlyList<StatisticsIndicator> All { get; } =
    [
        new("stat-demandeurs", JobSeekersCode, "DE", "Demandeurs d'emploi en fin de trimestre", "demandeurs d'emploi",
            [PeriodKind.Quarter], [StatisticsCodeLists.JobSeekerCategory]),
        new("stat-demandeurs-entrant", EntriesCode, "DE", "Entrées de demandeurs d'emploi sur le trimestre (ou sur 12 mois glissants)", "inscriptions",
            [PeriodKind.Quarter], [StatisticsCodeLists.JobSeekerCategory], TwelveMonthEntriesCode),
        new("stat-offres", OffersCode, "OFF", "Offres d'emploi enregistrées sur le trimestre (ou sur 12 mois glissants)", "offres",
            [PeriodKind.Quarter], [StatisticsCodeLists.OfferOrigin], TwelveMonthOffersCode),
        new("stat-embauches", HiresCode, "EMB", "Embauches (déclarations préalables) sur le trimestre", "embauches",
            [PeriodKind.Quarter], [StatisticsCodeLists.Contract]),
        new("stat-perspective-employeur", TensionCode, "PERSP", "Tension sur le marché du travail (méthode DARES), annuelle", "niveau de 1 à 5",
            [PeriodKind.Year], [StatisticsCodeLists.Tension]),
    ];

    public static StatisticsIndicator? ByCode(string code) => All.FirstOrDefault(i => i.Code == code);
}
