namespace OpenEmploi.CompanyFinder.Synthetic;

/// <summary>
/// The sectors of the synthetic base: a NAF sub-class, how often an employee's post is filled anew
/// per month (turnover), how seasonal hiring is, and which occupations it hires. Orders of magnitude
/// only (hotels and restaurants turn over fast and in summer, hospitals steadily, industry slowly).
/// </summary>
internal sealed record SyntheticSector(string Naf, double MonthlyRatePerEmployee, double SummerPeak, string[] Romes, double[] RomeWeights, double CdiShare);

internal static class SyntheticSectors
{
    public static IReadOnlyList<SyntheticSector> All { get; } =
    [
        new("56.10A", 0.045, 0.45, ["G1602", "G1603", "G1803", "G1801"], [0.35, 0.3, 0.25, 0.1], 0.35),
        new("55.10Z", 0.040, 0.60, ["G1703", "G1503", "G1602", "G1803"], [0.3, 0.3, 0.2, 0.2], 0.30),
        new("47.11F", 0.025, 0.15, ["D1507", "D1505", "N1103", "D1106"], [0.4, 0.3, 0.2, 0.1], 0.40),
        new("86.10Z", 0.015, 0.05, ["J1501", "J1506", "J1502", "K2204"], [0.35, 0.35, 0.2, 0.1], 0.55),
        new("87.10A", 0.020, 0.05, ["J1501", "K1302", "K2204", "G1602"], [0.4, 0.35, 0.15, 0.1], 0.50),
        new("41.20A", 0.018, 0.20, ["F1703", "F1701", "F1602", "N4101"], [0.4, 0.3, 0.2, 0.1], 0.45),
        new("49.41A", 0.016, 0.10, ["N4101", "N4105", "N1103", "I1604"], [0.6, 0.15, 0.15, 0.1], 0.60),
        new("62.01Z", 0.012, 0.05, ["M1805", "M1810", "M1802", "M1607"], [0.55, 0.2, 0.15, 0.1], 0.85),
        new("25.62B", 0.010, 0.05, ["H2903", "H2913", "H3203", "N1103"], [0.35, 0.3, 0.2, 0.15], 0.55),
        new("81.21Z", 0.030, 0.10, ["K2204", "K2201", "N1103"], [0.8, 0.1, 0.1], 0.45),
        new("01.13Z", 0.030, 0.80, ["A1414", "A1401", "N1103"], [0.7, 0.2, 0.1], 0.20),
        new("85.59A", 0.014, 0.10, ["K2111", "M1607", "K2204"], [0.7, 0.2, 0.1], 0.50),
    ];

    /// <summary>Sector weights in the base (how many establishments of each).</summary>
    public static double[] Weights { get; } = [0.16, 0.05, 0.10, 0.03, 0.05, 0.14, 0.06, 0.10, 0.07, 0.08, 0.07, 0.09];
}
