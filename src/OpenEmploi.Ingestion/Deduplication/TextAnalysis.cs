using System.Buffers;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// What a fingerprint needs from one offer that does not depend on the index: the dedup text
/// analysed into words and shingles, per description line (boilerplate is decided line by line
/// later, against the source's table as it stands), each part's MinHash signature (the signature
/// of a union is the position-wise minimum of the parts'), and the compared fields. Computed off
/// the index's thread (<see cref="DuplicateIndex.Prepare"/>, in parallel over a batch); turned
/// into a <see cref="Fingerprint"/> by <see cref="FingerprintBuilder.Finish"/> on it.
/// <para>
/// Its three big arrays (<see cref="Words"/>, <see cref="Shingles"/>, <see cref="Signatures"/>:
/// 10–15 KB a record, most of it the 512-byte signature of each description line) are rented from
/// pools of their own and given back by <see cref="Release"/> once the batch holding the record
/// is taken (its print derived). An analysis lives from prepare to the batch's taking, across
/// several batches in flight: allocated each time, these arrays outlived every gen0 collection and
/// made each one a gen1. Rented arrays may be longer than what they hold: every reader goes by
/// the counts (<see cref="TitleWords"/>, <see cref="LineWordEnds"/>, …), never by their length.
/// After <see cref="Release"/> reading them throws rather than read another record's data.
/// </para>
/// </summary>
internal sealed class TextAnalysis
{
    // Shared by every pipeline of the process; sized for the analyses in flight (a few batches of
    // a thousand records): an array returned beyond that is left to the GC, a rent beyond it allocates.
    private static readonly ArrayPool<ulong> HashPool = ArrayPool<ulong>.Create(1 << 20, 4096);
    private static readonly ArrayPool<uint> SignaturePool = ArrayPool<uint>.Create(1 << 20, 4096);

    private ulong[]? _words;
    private ulong[]? _shingles;
    private uint[]? _signatures;
    private int _released;

    /// <summary>An array of at least <paramref name="length"/> hashes for <see cref="Words"/> or <see cref="Shingles"/>.</summary>
    public static ulong[] RentHashes(int length) => length == 0 ? [] : HashPool.Rent(length);

    /// <summary>An array of at least <paramref name="length"/> values for <see cref="Signatures"/>.</summary>
    public static uint[] RentSignatures(int length) => length == 0 ? [] : SignaturePool.Rent(length);

    /// <summary>True once <see cref="Release"/> gave the arrays back.</summary>
    public bool IsReleased => Volatile.Read(ref _released) != 0;

    /// <summary>
    /// Gives the rented arrays back to their pools: nothing may read this analysis afterwards
    /// (its owner drops it). Idempotent.
    /// </summary>
    public void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
            return;
        Return(HashPool, ref _words);
        Return(HashPool, ref _shingles);
        Return(SignaturePool, ref _signatures);
    }

    private static void Return<T>(ArrayPool<T> pool, ref T[]? array)
    {
        if (array is { Length: > 0 })
            pool.Return(array);
        array = null;
    }

    private T[] Held<T>(T[]? array) => array ?? throw new ObjectDisposedException(nameof(TextAnalysis), $"Analyse de texte de « {Source} » déjà rendue à son pool.");

    public required string Source { get; init; }

    /// <summary>The title text analysed, as read from the offer (before <see cref="DedupText.Normalise"/>): what <see cref="FingerprintBuilder.Reuse"/> compares.</summary>
    public required string? Title { get; init; }

    /// <summary>The description text analysed, as read from the offer.</summary>
    public required string? Description { get; init; }

    /// <summary>Word hashes: the title's, then each description line's, in text order.</summary>
    public required ulong[] Words { get => Held(_words); init => _words = value; }

    public required int TitleWords { get; init; }

    /// <summary>Per description line, the end (exclusive) of its words in <see cref="Words"/>.</summary>
    public required int[] LineWordEnds { get; init; }

    /// <summary>Shingle hashes: the title's, then each line's (repeats included); as many as the last of <see cref="LineShingleEnds"/> (or <see cref="TitleShingles"/>).</summary>
    public required ulong[] Shingles { get => Held(_shingles); init => _shingles = value; }

    public required int TitleShingles { get; init; }

    public required int[] LineShingleEnds { get; init; }

    /// <summary>Per description line, its <see cref="SourceBoilerplate.LineHash"/>.</summary>
    public required ulong[] LineHashes { get; init; }

    /// <summary>(1 + lines) signatures of <see cref="MinHasher.HashCount"/> values: the title's, then each line's.</summary>
    public required uint[] Signatures { get => Held(_signatures); init => _signatures = value; }

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
