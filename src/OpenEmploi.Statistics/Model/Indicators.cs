namespace OpenEmploi.Statistics.Model;

/// <summary>The indicator codes (docs/statistics.md): the API's where it has one, the platform's otherwise.</summary>
internal static class Indicators
{
    public static readonly IndicatorDefinition JobSeekers = new("DE_1", MeasureKind.People);
    public static readonly IndicatorDefinition Entries = new("DE_5", MeasureKind.People);
    public static readonly IndicatorDefinition Exits = new("DE_SORT", MeasureKind.People);
    /// <summary>ABC job seekers at the start of the quarter: the outflow rate's denominator, not published.</summary>
    public static readonly IndicatorDefinition JobSeekersAtStart = new("DE_1_DEBUT", MeasureKind.People, Published: false);
    public const string OutflowRate = "DE_TXSORT";
    public static readonly IndicatorDefinition Offers = new("OFF_1", MeasureKind.Public);
    public static readonly IndicatorDefinition Hires = new("EMB_1", MeasureKind.PeopleByEstablishment);
    public static readonly IndicatorDefinition Projects = new("BMO_1", MeasureKind.Public);
    public const string Tension = "PERSP_2";
    public static readonly IndicatorDefinition Employees = new("SECT_EFF", MeasureKind.PeopleByEstablishment);
    public static readonly IndicatorDefinition Establishments = new("SECT_ETAB", MeasureKind.Establishments);
    public static readonly IndicatorDefinition EmployeesFiveYearsBefore = new("SECT_EFF_5", MeasureKind.PeopleByEstablishment, Published: false);
    public const string SectorGrowth = "SECT_EVOL5";
    public const string HiringIntensity = "INTENS_EMB";
}

/// <summary>Annual inputs of the tension method, never published as such (docs/statistics.md, "Tension").</summary>
internal static class TensionInputs
{
    public static readonly IndicatorDefinition Offers = new("T_OFFRES", MeasureKind.Public, Published: false);
    public static readonly IndicatorDefinition NonDurableOffers = new("T_OFFRES_NON_DURABLES", MeasureKind.Public, Published: false);
    public static readonly IndicatorDefinition EntriesA = new("T_ENTREES_A", MeasureKind.People, Published: false);
    public static readonly IndicatorDefinition ExitsAbc = new("T_SORTIES_ABC", MeasureKind.People, Published: false);
    /// <summary>Mean of the four quarter-end ABC stocks.</summary>
    public static readonly IndicatorDefinition MeanStockAbc = new("T_STOCK_ABC", MeasureKind.People, Published: false);
    public static readonly IndicatorDefinition StockA = new("T_STOCK_A", MeasureKind.People, Published: false);
    /// <summary>Employment of an occupation: each establishment's employees shared by its year's hires by ROME.</summary>
    public static readonly IndicatorDefinition Employment = new("T_EMPLOI", MeasureKind.Public, Published: false);
}
