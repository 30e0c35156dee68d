namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// The conditions that hold between any two members of a cluster, whatever their texts: never
/// two communes (one template per city is several jobs), never two contract types, never two
/// SIRETs or two clearly different employer names. Checked for each verified pair and again
/// when clusters join, so that transitivity (A≈B, B≈C) cannot put A and C together against them.
/// </summary>
internal static class Compatibility
{
    /// <summary>
    /// Same commune, or one side without a commune and the finer level both sides have agreeing
    /// (postal code, then département, then région): an offer placed in "33 - Gironde" may be a
    /// copy of one in Bordeaux, never of one in Lyon.
    /// </summary>
    public static bool SamePlace(Fingerprint a, Fingerprint b)
    {
        if (a.Commune is not null && b.Commune is not null)
            return a.Commune == b.Commune;
        if (a.PostalCode is not null && b.PostalCode is not null)
            return a.PostalCode == b.PostalCode;
        if (a.Departement is not null && b.Departement is not null)
            return a.Departement == b.Departement;
        if (a.Region is not null && b.Region is not null)
            return a.Region == b.Region;
        return true;
    }

    /// <summary>
    /// The place matches, not just "does not conflict": both communes known and equal, or (one
    /// commune missing) both postal codes known and equal — a postal code is nearly a commune,
    /// a département is not.
    /// </summary>
    public static bool SameLocality(Fingerprint a, Fingerprint b)
    {
        if (a.Commune is not null && b.Commune is not null)
            return a.Commune == b.Commune;
        return a.PostalCode is not null && a.PostalCode == b.PostalCode;
    }

    public static bool SameContract(Fingerprint a, Fingerprint b) =>
        a.Contract is null || b.Contract is null || a.Contract == b.Contract;

    /// <summary>
    /// Same when the SIRETs are equal or (without two SIRETs) the names are similar enough;
    /// different when two SIRETs differ (two establishments are two employers) or two names do
    /// not match; unknown when a name is missing and there are not two SIRETs.
    /// </summary>
    public static EmployerMatch Employer(Fingerprint a, Fingerprint b, double nameThreshold)
    {
        if (a.Siret is not null && b.Siret is not null)
            return a.Siret == b.Siret ? EmployerMatch.Same : EmployerMatch.Different;
        if (a.Employer.Length == 0 || b.Employer.Length == 0)
            return EmployerMatch.Unknown;
        return EmployerName.Similarity(a.Employer, b.Employer) >= nameThreshold ? EmployerMatch.Same : EmployerMatch.Different;
    }

    /// <summary>What must hold between every two members of one cluster.</summary>
    public static bool CanShareCluster(Fingerprint a, Fingerprint b, double nameThreshold) =>
        SamePlace(a, b) && SameContract(a, b) && Employer(a, b, nameThreshold) != EmployerMatch.Different;
}

internal enum EmployerMatch
{
    Unknown,
    Same,
    Different,
}
