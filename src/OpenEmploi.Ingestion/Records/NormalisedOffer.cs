using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Records;

/// <summary>
/// An offer after normalisation: the publishable wire document with its store columns, the raw
/// record it came from (verification reads the original wording and the recruiter's contact
/// details, which are never published), and what the normaliser had to guess or could not read.
/// </summary>
public sealed record NormalisedOffer(
    OffreEntry Entry,
    RawOffer Raw,
    PosterKind Poster,
    string? Siret,
    IReadOnlyList<NormalisationNote> Notes)
{
    public Offre Offre => Entry.Offre;

    /// <summary>
    /// The offer's texts were cleared of contact details by the normaliser, which made this
    /// document (<c>ContactDetails.RemoveFrom</c>); nothing changes them afterwards. A document
    /// read back from the store is not marked: whoever stores it scans it again.
    /// </summary>
    public bool ContactFree { get; init; }
}

/// <summary>Who posted the offer: the canonical record of a duplicate cluster prefers employers, then agencies, then partners.</summary>
public enum PosterKind
{
    Employer,
    Agency,
    Partner,
}

/// <summary>Something the normaliser inferred or could not read, for the run report ("commune déduite du code postal 69003").</summary>
public sealed record NormalisationNote(string Field, string Message);
