namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// What a fingerprint needs from one offer that does not depend on the index: the dedup text
/// analysed into words and shingles, per description line (boilerplate is decided line by line
/// later, against the source's table as it stands), each part's MinHash signature (the signature
/// of a union is the position-wise minimum of the parts'), and the compared fields. Computed off
/// the index's thread (<see cref="DuplicateIndex.Prepare"/>, in parallel over a batch); turned
/// into a <see cref="Fingerprint"/> by <see cref="FingerprintBuilder.Finish"/> on it.
/// </summary>
internal sealed class TextAnalysis
{
    public required string Source { get; init; }

    /// <summary>The title text analysed, as read from the offer (before <see cref="DedupText.Normalise"/>): what <see cref="FingerprintBuilder.Reuse"/> compares.</summary>
    public required string? Title { get; init; }

    /// <summary>The description text analysed, as read from the offer.</summary>
    public required string? Description { get; init; }

    /// <summary>Word hashes: the title's, then each description line's, in text order.</summary>
    public required ulong[] Words { get; init; }

    public required int TitleWords { get; init; }

    /// <summary>Per description line, the end (exclusive) of its words in <see cref="Words"/>.</summary>
    public required int[] LineWordEnds { get; init; }

    /// <summary>Shingle hashes: the title's, then each line's (repeats included).</summary>
    public required ulong[] Shingles { get; init; }

    public required int TitleShingles { get; init; }

    public required int[] LineShingleEnds { get; init; }

    /// <summary>Per description line, its <see cref="SourceBoilerplate.LineHash"/>.</summary>
    public required ulong[] LineHashes { get; init; }

    /// <summary>(1 + lines) signatures of <see cref="MinHasher.HashCount"/> values: the title's, then each line's.</summary>
    public required uint[] Signatures { get; init; }

    /// <summary>The exact layer's hash of employer and place, before the words.</summary>
    public required ulong ContentSeed { get; init; }

    public required uint[] TitleTerms { get; init; }

    public required string[] Employer { get; init; }

    public string? Siret { get; init; }

    public string? Commune { get; init; }

    public string? PostalCode { get; init; }

    public string? Departement { get; init; }

    public string? Region { get; init; }

    public string? Contract { get; init; }

    public uint UrlHash { get; init; }
}
