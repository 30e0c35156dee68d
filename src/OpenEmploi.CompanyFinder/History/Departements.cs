namespace OpenEmploi.CompanyFinder.History;

public static class Departements
{
    /// <summary>
    /// The département of an INSEE commune code: three digits overseas (971…976), two otherwise
    /// (Corsica's 2A and 2B included), so the model needs no reference data to group establishments.
    /// </summary>
    public static string OfCommune(string commune)
    {
        ArgumentException.ThrowIfNullOrEmpty(commune);
        return commune.StartsWith("97", StringComparison.Ordinal) && commune.Length >= 3 ? commune[..3] : commune[..Math.Min(2, commune.Length)];
    }
}
