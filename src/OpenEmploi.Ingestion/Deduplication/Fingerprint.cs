namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// What de-duplication keeps of one member: its shingle set and band keys, and the few fields the
/// verification compares, already normalised. About 0.5 KB for a typical offer; the member's
/// document is held beside it, never re-read during matching.
/// </summary>
internal sealed class Fingerprint
{
    /// <summary>Distinct shingle hashes (high 32 bits of the 64-bit ones), ascending.</summary>
    public required uint[] Shingles { get; init; }

    /// <summary>
    /// The 32 LSH band keys; empty when the text has no shingle (nothing to compare), and dropped
    /// (empty) once a loaded member's keys are sealed in the candidate index, which never needs them again.
    /// </summary>
    public required uint[] BandKeys { get; set; }

    /// <summary>Distinct title terms (analyser terms, hashed), ascending.</summary>
    public required uint[] TitleTerms { get; init; }

    /// <summary>Employer name tokens (<see cref="EmployerName"/>); empty when the offer does not name its employer.</summary>
    public required string[] Employer { get; set; }

    /// <summary>14 digits, or null.</summary>
    public string? Siret { get; set; }

    public string? Commune { get; set; }

    public string? PostalCode { get; set; }

    public string? Departement { get; set; }

    public string? Region { get; set; }

    /// <summary>typeContrat code (CDI, CDD, MIS…), or null when the source gave none.</summary>
    public string? Contract { get; set; }

    /// <summary>Hash of employer | title | place | description after normalisation (exact layer); never 0.</summary>
    public uint ContentHash { get; init; }

    /// <summary>Hash of the canonical apply URL, or 0 when there is none specific to the job.</summary>
    public uint UrlHash { get; init; }
}
