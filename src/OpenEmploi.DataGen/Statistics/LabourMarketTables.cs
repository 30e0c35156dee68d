namespace OpenEmploi.DataGen.Statistics;

/// <summary>
/// Hand-tuned orders of magnitude of France's labour market (France Travail / DARES job-seeker
/// statistics, DPAE hires, SIRENE, BMO), so that generated registers look like the real ones. Not
/// official figures: shapes and magnitudes a reader of the published series would recognise.
/// </summary>
internal static class LabourMarketTables
{
    /// <summary>Registered job seekers (categories A–E) at any time, nationally.</summary>
    public const double StockAtScaleOne = 6_000_000;

    /// <summary>Registrations a year, nationally.</summary>
    public const double RegistrationsPerYear = 8_500_000;

    /// <summary>Establishments in the register (employing or not), nationally, at the start of the window.</summary>
    public const double EstablishmentsAtScaleOne = 2_400_000;

    /// <summary>Recruitment projects declared in the annual survey, nationally.</summary>
    public const double ProjectsPerYear = 2_400_000;

    /// <summary>Offers registered a year, nationally.</summary>
    public const double OffersPerYear = 3_200_000;

    /// <summary>
    /// Registration episodes as a mixture of durations (share of registrations, mean months), by
    /// age band (&lt; 25, 25–49, ≥ 50): the young leave fast, the over-50s stay long. Means chosen
    /// so that 8.5 million registrations a year keep about 6 million registered (stock = flow × mean duration).
    /// </summary>
    public static readonly (double Share, double MeanMonths)[][] DurationsByAge =
    [
        [(0.62, 2.6), (0.28, 8.0), (0.10, 19.0)],
        [(0.52, 2.8), (0.31, 9.5), (0.17, 24.0)],
        [(0.38, 3.2), (0.32, 11.0), (0.30, 30.0)],
    ];

    /// <summary>Share of registrations by age band (&lt; 25, 25–49, ≥ 50).</summary>
    public static readonly double[] RegistrationsByAge = [0.24, 0.57, 0.19];

    /// <summary>Registrations by calendar month: peaks after the summer (end of studies and seasonal contracts) and in January.</summary>
    public static readonly double[] RegistrationSeason = [1.10, 0.90, 0.95, 0.90, 0.85, 0.90, 1.00, 0.95, 1.35, 1.15, 1.00, 0.95];

    /// <summary>Offers registered by calendar month: a summer and Christmas trough.</summary>
    public static readonly double[] OfferSeason = [1.10, 1.00, 1.10, 1.05, 1.00, 1.00, 0.85, 0.75, 1.15, 1.05, 0.95, 0.80];

    /// <summary>
    /// Relative registered unemployment by département (1 = national average): higher along the
    /// Mediterranean rim, in the old industrial north and north-east, in Seine-Saint-Denis and far
    /// higher overseas; lower in the west, the Alps and rural centre. A département not listed is 1.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, double> UnemploymentByDepartement = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["02"] = 1.45, ["08"] = 1.4, ["59"] = 1.45, ["62"] = 1.35, ["80"] = 1.3, ["60"] = 1.15, ["76"] = 1.2, ["10"] = 1.25,
        ["11"] = 1.55, ["66"] = 1.6, ["30"] = 1.45, ["34"] = 1.45, ["13"] = 1.35, ["84"] = 1.35, ["83"] = 1.1, ["06"] = 1.1,
        ["2B"] = 1.15, ["2A"] = 1.05, ["93"] = 1.55, ["95"] = 1.15, ["57"] = 1.15, ["54"] = 1.1, ["55"] = 1.1, ["88"] = 1.1,
        ["18"] = 1.1, ["36"] = 1.1, ["58"] = 1.1, ["03"] = 1.1, ["47"] = 1.15, ["82"] = 1.15, ["09"] = 1.25, ["31"] = 1.05,
        ["971"] = 2.6, ["972"] = 2.4, ["973"] = 2.8, ["974"] = 2.9, ["976"] = 3.2,
        ["15"] = 0.6, ["48"] = 0.6, ["53"] = 0.65, ["85"] = 0.7, ["39"] = 0.7, ["74"] = 0.7, ["73"] = 0.75, ["35"] = 0.75,
        ["44"] = 0.8, ["49"] = 0.8, ["12"] = 0.7, ["78"] = 0.8, ["92"] = 0.85, ["29"] = 0.8, ["56"] = 0.8, ["22"] = 0.8,
        ["01"] = 0.8, ["43"] = 0.75, ["50"] = 0.8, ["14"] = 0.9, ["61"] = 0.9, ["72"] = 0.9, ["67"] = 0.9, ["68"] = 0.95,
        ["25"] = 0.9, ["71"] = 0.9, ["63"] = 0.85, ["87"] = 0.95, ["19"] = 0.8, ["64"] = 0.85, ["40"] = 0.9, ["79"] = 0.8,
    };

    /// <summary>Yearly change of employment by région (added to the sector's): dynamic west and south, shrinking north-east.</summary>
    public static readonly IReadOnlyDictionary<string, double> GrowthByRegion = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["11"] = 0.005, ["52"] = 0.008, ["53"] = 0.007, ["76"] = 0.008, ["75"] = 0.006, ["84"] = 0.005, ["93"] = 0.004,
        ["44"] = -0.006, ["32"] = -0.004, ["27"] = -0.004, ["24"] = -0.003, ["28"] = -0.002,
    };

    /// <summary>Shares of job-seeker categories A, B, C, D, E among registrations.</summary>
    public static readonly double[] Categories = [0.55, 0.09, 0.23, 0.06, 0.07];

    /// <summary>Exit reasons JobFound, Training, NoRenewal, Cancelled, Other.</summary>
    public static readonly double[] ExitReasons = [0.45, 0.12, 0.25, 0.08, 0.10];

    /// <summary>Education levels (niveaux_formation.csv) by age band.</summary>
    public static readonly (string Code, double Weight)[][] EducationByAge =
    [
        [("AFS", 2), ("CP4", 2), ("CFG", 4), ("C3A", 10), ("C12", 9), ("NV5", 22), ("NV4", 32), ("NV3", 10), ("NV2", 6), ("NV1", 3)],
        [("AFS", 3), ("CP4", 3), ("CFG", 3), ("C3A", 7), ("C12", 5), ("NV5", 25), ("NV4", 23), ("NV3", 13), ("NV2", 10), ("NV1", 8)],
        [("AFS", 5), ("CP4", 8), ("CFG", 6), ("C3A", 9), ("C12", 5), ("NV5", 35), ("NV4", 15), ("NV3", 8), ("NV2", 5), ("NV1", 4)],
    ];

    /// <summary>Qualifications (qualifications.csv) by education level.</summary>
    public static readonly IReadOnlyDictionary<string, (string Code, double Weight)[]> QualificationByEducation =
        new Dictionary<string, (string, double)[]>(StringComparer.Ordinal)
        {
            ["AFS"] = [("1", 30), ("2", 25), ("5", 40), ("6", 5)],
            ["CP4"] = [("1", 25), ("2", 25), ("5", 40), ("6", 10)],
            ["CFG"] = [("1", 15), ("2", 25), ("3", 10), ("5", 35), ("6", 15)],
            ["C3A"] = [("1", 8), ("2", 18), ("3", 12), ("5", 32), ("6", 30)],
            ["C12"] = [("2", 12), ("3", 12), ("5", 28), ("6", 45), ("7", 3)],
            ["NV5"] = [("2", 8), ("3", 20), ("4", 12), ("5", 15), ("6", 42), ("7", 3)],
            ["NV4"] = [("3", 8), ("4", 7), ("5", 10), ("6", 60), ("7", 10), ("8", 5)],
            ["NV3"] = [("4", 4), ("6", 40), ("7", 35), ("8", 12), ("9", 9)],
            ["NV2"] = [("6", 25), ("7", 25), ("8", 15), ("9", 35)],
            ["NV1"] = [("6", 10), ("7", 12), ("8", 13), ("9", 65)],
        };

    /// <summary>Experience bands (None … MoreThanFiveYears) by age band.</summary>
    public static readonly double[][] ExperienceByAge = [[35, 30, 20, 10, 5], [8, 12, 20, 25, 35], [3, 5, 10, 17, 65]];

    /// <summary>Family situations (single, single with children, couple, couple with children) by age band.</summary>
    public static readonly double[][] FamilyByAge = [[80, 6, 9, 5], [38, 14, 14, 34], [40, 8, 35, 17]];

    /// <summary>Share of women by category A … E (part-time activity, categories B and C, is more often female).</summary>
    public static readonly double[] WomenByCategory = [0.49, 0.58, 0.57, 0.50, 0.47];

    /// <summary>Establishments by SIRENE headcount band: (code, share, min, max employees).</summary>
    public static readonly (string Band, double Share, int Min, int Max)[] HeadcountBands =
    [
        ("NN", 30, 0, 0), ("00", 8, 0, 0), ("01", 29, 1, 2), ("02", 15, 3, 5), ("03", 9, 6, 9), ("11", 9, 10, 19),
        ("12", 5, 20, 49), ("21", 1.6, 50, 99), ("22", 0.8, 100, 199), ("31", 0.15, 200, 249), ("32", 0.3, 250, 499),
        ("41", 0.12, 500, 999), ("42", 0.04, 1000, 1999), ("51", 0.018, 2000, 4999), ("52", 0.004, 5000, 9999), ("53", 0.001, 10000, 20000),
    ];

    /// <summary>SIRENE's band of a headcount (0: "00" when the unit employed before, else "NN").</summary>
    public static string BandOf(int employees, bool everEmployed)
    {
        if (employees <= 0)
            return everEmployed ? "00" : "NN";
        foreach (var (band, _, min, max) in HeadcountBands)
        {
            if (employees >= min && employees <= max)
                return band;
        }
        return "53";
    }
}

/// <summary>What distinguishes one NAF section's hiring: turnover, contract mix, season and trend.</summary>
/// <param name="HiresPerEmployee">DPAE hires a year per employee (short contracts make it exceed 1 in hospitality).</param>
/// <param name="Contracts">Shares of CDI, CDD over one month, CDD up to one month.</param>
/// <param name="Season">Hires by calendar month (mean 1).</param>
/// <param name="Growth">Yearly change of employment.</param>
internal sealed record SectorProfile(double HiresPerEmployee, double[] Contracts, double[] Season, double Growth);

internal static class SectorProfiles
{
    private static readonly double[] Flat = [0.95, 0.95, 1.0, 1.0, 1.0, 1.05, 1.0, 0.80, 1.15, 1.05, 1.0, 1.05];

    private static readonly SectorProfile Default = new(0.6, [0.32, 0.30, 0.38], Flat, 0.004);

    private static readonly IReadOnlyDictionary<string, SectorProfile> BySection = new Dictionary<string, SectorProfile>(StringComparer.Ordinal)
    {
        ["A"] = new(2.2, [0.08, 0.22, 0.70], [0.6, 0.6, 0.8, 0.9, 1.0, 1.2, 1.3, 1.5, 1.9, 1.0, 0.7, 0.5], -0.01),
        ["C"] = new(0.35, [0.38, 0.34, 0.28], Flat, -0.006),
        ["F"] = new(0.45, [0.48, 0.34, 0.18], [0.9, 0.95, 1.1, 1.1, 1.05, 1.05, 1.0, 0.7, 1.15, 1.05, 1.0, 0.95], 0.004),
        ["G"] = new(0.75, [0.30, 0.30, 0.40], [0.9, 0.85, 0.9, 0.95, 1.0, 1.1, 1.1, 0.95, 1.0, 1.0, 1.1, 1.15], 0.003),
        ["H"] = new(0.7, [0.30, 0.28, 0.42], [0.95, 0.95, 1.0, 1.0, 1.0, 1.1, 1.05, 0.85, 1.05, 1.0, 1.05, 1.0], 0.006),
        ["I"] = new(2.8, [0.14, 0.26, 0.60], [0.7, 0.75, 0.9, 1.1, 1.25, 1.45, 1.5, 1.2, 0.9, 0.8, 0.7, 0.75], 0.015),
        ["J"] = new(0.35, [0.62, 0.22, 0.16], Flat, 0.022),
        ["K"] = new(0.22, [0.55, 0.30, 0.15], Flat, -0.004),
        ["L"] = new(0.3, [0.50, 0.30, 0.20], Flat, 0.004),
        ["M"] = new(0.5, [0.45, 0.30, 0.25], Flat, 0.02),
        ["N"] = new(2.4, [0.15, 0.25, 0.60], Flat, 0.01),
        ["O"] = new(0.3, [0.20, 0.55, 0.25], Flat, 0.002),
        ["P"] = new(1.0, [0.12, 0.48, 0.40], [0.9, 0.9, 0.9, 0.9, 0.8, 0.6, 0.4, 0.9, 2.0, 1.2, 1.0, 0.8], 0.006),
        ["Q"] = new(1.2, [0.20, 0.30, 0.50], [1.0, 0.95, 1.0, 1.0, 1.05, 1.15, 1.15, 0.95, 1.0, 0.95, 0.9, 0.95], 0.02),
        ["R"] = new(2.5, [0.06, 0.12, 0.82], [0.7, 0.8, 0.9, 1.0, 1.2, 1.4, 1.6, 1.3, 0.8, 0.8, 0.7, 0.8], 0.01),
        ["S"] = new(0.6, [0.35, 0.30, 0.35], Flat, 0.003),
    };

    public static SectorProfile Of(string section) => BySection.GetValueOrDefault(section) ?? Default;
}
