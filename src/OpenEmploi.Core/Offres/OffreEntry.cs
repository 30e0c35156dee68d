namespace OpenEmploi.Core.Offres;

/// <summary>
/// An offer as the store keeps it: the wire document plus what queries need and the wire does not
/// carry (where it came from, its appellation code, the département and région of its place).
/// </summary>
/// <param name="Offre">The wire document, stored as JSON.</param>
/// <param name="Source">Code of the source: <see cref="Sources.Plateforme"/> or a partner's code.</param>
/// <param name="SourceId">The offer's id at its source (a partner's reference), when it has one.</param>
/// <param name="AppellationCode">ROME appellation (OGR code) the offer is coded with.</param>
/// <param name="Departement">Département code of the place, also for offers placed only at that level.</param>
/// <param name="Region">Région code of the place.</param>
public sealed record OffreEntry(
    Offre Offre,
    string Source,
    string? SourceId,
    string? AppellationCode,
    string? Departement,
    string? Region)
{
    public string Id => Offre.Id;

    /// <summary>
    /// The texts of <see cref="Offre"/> are known to carry no contact details: they were cleared
    /// by <c>ContactDetails.RemoveFrom</c> (ingestion's normaliser) and not changed since, so the
    /// store serialises the document without scanning them again. False (the default): the store
    /// scans every text and clears a copy when it finds some (<c>ContactDetails.StoredDocument</c>).
    /// </summary>
    public bool ContactFree { get; init; }
}

/// <summary>Where offers come from: the platform itself, or a partner job board.</summary>
/// <param name="Code">Short stable code, e.g. "FT" or "JOBIJOBA".</param>
/// <param name="Nom">Display name, copied into origineOffre.partenaires[].nom.</param>
/// <param name="Url">The partner's site.</param>
/// <param name="Logo">URL of the partner's logo.</param>
public sealed record Source(string Code, string Nom, string? Url, string? Logo);

public static class Sources
{
    /// <summary>Offers posted on the platform by employers: origineOffre.origine "1".</summary>
    public const string Plateforme = "OPENEMPLOI";
}
