namespace OpenEmploi.CompanyFinder.History;

/// <summary>
/// SIRENE's establishment headcount bands (tranches_effectif_sirene.csv): the bounds the API
/// publishes (headcount_min, headcount_max) and a midpoint for an establishment whose yearly
/// headcount is unknown.
/// </summary>
public static class HeadcountBands
{
    private static readonly Dictionary<string, (int Min, int? Max)> Bounds = new(StringComparer.Ordinal)
    {
        ["NN"] = (0, 0),
        ["00"] = (0, 0),
        ["01"] = (1, 2),
        ["02"] = (3, 5),
        ["03"] = (6, 9),
        ["11"] = (10, 19),
        ["12"] = (20, 49),
        ["21"] = (50, 99),
        ["22"] = (100, 199),
        ["31"] = (200, 249),
        ["32"] = (250, 499),
        ["41"] = (500, 999),
        ["42"] = (1000, 1999),
        ["51"] = (2000, 4999),
        ["52"] = (5000, 9999),
        ["53"] = (10000, null),
    };

    /// <summary>Band codes in increasing size, for filters.</summary>
    public static IReadOnlyList<string> Ordered { get; } = ["NN", "00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53"];

    public static bool IsKnown(string band) => Bounds.ContainsKey(band);

    public static (int Min, int? Max) BoundsOf(string band) => Bounds.TryGetValue(band, out var b) ? b : (0, null);

    public static int Midpoint(string band) => BoundsOf(band) switch
    {
        (var min, { } max) => (min + max) / 2,
        (var min, null) => min,
    };

    /// <summary>Position of a band in <see cref="Ordered"/> (-1 when unknown).</summary>
    public static int Rank(string band)
    {
        for (var i = 0; i < Ordered.Count; i++)
        {
            if (string.Equals(Ordered[i], band, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }
}
