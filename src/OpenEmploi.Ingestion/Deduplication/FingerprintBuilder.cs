using System.Runtime.InteropServices;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// Computes a member's <see cref="Fingerprint"/>: dedup text of title and description, the
/// source's boilerplate lines dropped (and, when learning, the ad counted into the source's line
/// table first), shingles, MinHash signature and band keys, exact-layer hashes and the compared
/// fields. Reuses its buffers: one per thread.
/// </summary>
internal sealed class FingerprintBuilder(SourceBoilerplate boilerplate)
{
    private readonly Shingler _shingler = new();
    private readonly List<ulong> _lines = [];
    private readonly uint[] _signature = new uint[MinHasher.HashCount];
    private readonly List<ulong> _kept = [];

    public SourceBoilerplate Boilerplate { get; } = boilerplate;

    /// <summary>The line hashes of the description last built, learnt or analysed (<see cref="StoredPrint.Lines"/>).</summary>
    public ReadOnlySpan<ulong> LineHashes => CollectionsMarshal.AsSpan(_lines);

    /// <summary>Counts the ad's lines into its source's table without fingerprinting it (index loading, first pass).</summary>
    public void Learn(NormalisedOffer offer)
    {
        HashLines(DedupText.Normalise(DescriptionOf(offer)));
        Boilerplate.Observe(offer.Entry.Source, CollectionsMarshal.AsSpan(_lines));
    }

    /// <summary>
    /// The fingerprint in one pass, weighing the lines as they are met (learning them first when
    /// asked): what <see cref="Finish"/>(<see cref="Analyse"/>) gives, without keeping each
    /// line's words, shingles and signature apart. For records nobody prepared, and for loading.
    /// </summary>
    public Fingerprint Build(NormalisedOffer offer, bool learn)
    {
        var offre = offer.Offre;
        var source = offer.Entry.Source;
        var shingler = _shingler;
        shingler.Clear();
        shingler.AddSentence(DedupText.Normalise(TitleOf(offer)));
        var titleWords = shingler.WordCount;
        var titleTerms = SortedDistinct(shingler.Words[..titleWords]);

        var description = DedupText.Normalise(DescriptionOf(offer));
        HashLines(description);
        if (learn)
            Boilerplate.Observe(source, CollectionsMarshal.AsSpan(_lines));
        var index = 0;
        foreach (var line in description.AsSpan().EnumerateLines())
        {
            if (!Boilerplate.IsBoilerplate(source, _lines[index++]))
                shingler.AddLine(line);
        }

        var (commune, postalCode, departement, region, employer, content) = Identity(offer);
        // The exact layer goes on with the title and the description, the title sealed by a marker.
        var words = shingler.Words;
        for (var i = 0; i < words.Length; i++)
            content = Hashing.Combine(i == titleWords ? Hashing.Combine(content, 0x7C) : content, words[i]);

        var shingles = shingler.DistinctShingles();
        uint[] bandKeys = [];
        if (shingles.Length > 0)
        {
            MinHasher.Signature(shingles, _signature);
            bandKeys = new uint[MinHasher.Bands];
            MinHasher.BandKeys(_signature, bandKeys);
        }

        var url = ApplyUrl.Canonicalise(offer.Raw.ApplyUrl ?? offre.Contact?.UrlPostulation);
        return new Fingerprint
        {
            Shingles = HighHalves(shingles),
            BandKeys = bandKeys,
            TitleTerms = titleTerms,
            Employer = employer,
            Siret = Siret(offer.Siret ?? offer.Raw.Employer.Siret),
            Commune = commune,
            PostalCode = postalCode,
            Departement = departement,
            Region = region,
            Contract = NullIfEmpty(offre.TypeContrat),
            ContentHash = Hashing.Fold32(content),
            UrlHash = url is not null && ApplyUrl.IsSpecific(url) ? Hashing.Fold32(Hashing.Chars(url)) : 0,
        };
    }

    /// <summary>
    /// Everything of the fingerprint that does not depend on the boilerplate table: reads only the
    /// offer and this builder's buffers, so builders on several threads may analyse at once.
    /// </summary>
    public TextAnalysis Analyse(NormalisedOffer offer)
    {
        var offre = offer.Offre;
        var shingler = _shingler;
        shingler.Clear();
        var title = TitleOf(offer);
        shingler.AddSentence(DedupText.Normalise(title));
        var titleWords = shingler.WordCount;
        var titleShingles = shingler.ShingleCount;
        var titleTerms = SortedDistinct(shingler.Words[..titleWords]);

        var text = DescriptionOf(offer);
        var description = DedupText.Normalise(text);
        HashLines(description);
        var lines = _lines.Count;
        var wordEnds = new int[lines];
        var shingleEnds = new int[lines];
        var index = 0;
        foreach (var line in description.AsSpan().EnumerateLines())
        {
            shingler.AddLine(line);
            wordEnds[index] = shingler.WordCount;
            shingleEnds[index++] = shingler.ShingleCount;
        }
        // Rented: given back when the batch holding the record is taken (TextAnalysis.Release).
        var shingles = TextAnalysis.RentHashes(shingler.ShingleCount);
        shingler.Shingles.CopyTo(shingles);
        var words = TextAnalysis.RentHashes(shingler.WordCount);
        shingler.Words.CopyTo(words);
        var signatures = TextAnalysis.RentSignatures((1 + lines) * MinHasher.HashCount);
        MinHasher.Signature(shingles.AsSpan(0, titleShingles), signatures.AsSpan(0, MinHasher.HashCount));
        for (var i = 0; i < lines; i++)
        {
            var from = i == 0 ? titleShingles : shingleEnds[i - 1];
            MinHasher.Signature(shingles.AsSpan(from, shingleEnds[i] - from), signatures.AsSpan((1 + i) * MinHasher.HashCount, MinHasher.HashCount));
        }

        var (commune, postalCode, departement, region, employer, content) = Identity(offer);
        var url = ApplyUrl.Canonicalise(offer.Raw.ApplyUrl ?? offre.Contact?.UrlPostulation);
        return new TextAnalysis
        {
            Source = offer.Entry.Source,
            Title = title,
            Description = text,
            Words = words,
            TitleWords = titleWords,
            LineWordEnds = wordEnds,
            Shingles = shingles,
            TitleShingles = titleShingles,
            LineShingleEnds = shingleEnds,
            LineHashes = [.. _lines],
            Signatures = signatures,
            ContentSeed = content,
            TitleTerms = titleTerms,
            Employer = employer,
            Siret = Siret(offer.Siret ?? offer.Raw.Employer.Siret),
            Commune = commune,
            PostalCode = postalCode,
            Departement = departement,
            Region = region,
            Contract = NullIfEmpty(offre.TypeContrat),
            UrlHash = url is not null && ApplyUrl.IsSpecific(url) ? Hashing.Fold32(Hashing.Chars(url)) : 0,
        };
    }

    /// <summary>
    /// The fingerprint of an analysed offer: its lines counted into the source's table first when
    /// learning, then the source's boilerplate lines left out of the shingles, the signature and
    /// the content hash. Reads (and when learning, writes) the table: on the index's thread, or
    /// on several threads at once only while nothing learns.
    /// </summary>
    public Fingerprint Finish(TextAnalysis analysis, bool learn)
    {
        if (learn)
            Boilerplate.Observe(analysis.Source, analysis.LineHashes);
        return Combine(analysis, new PrintFields(analysis.Commune, analysis.PostalCode, analysis.Departement, analysis.Region, analysis.Employer,
            analysis.ContentSeed, analysis.Siret, analysis.Contract, analysis.UrlHash, analysis.TitleTerms));
    }

    /// <summary>
    /// What <see cref="Build"/>(<paramref name="offer"/>, learn: false) gives, from an analysis
    /// made of another copy of the offer (the one prepared before its decision, for the offer as
    /// a session parses it back from the store): its text part taken from the analysis when the
    /// analysis read the very title and description text the offer has (null otherwise: the
    /// caller builds), and everything else — place, employer, SIRET, contract, apply URL —
    /// read from <paramref name="offer"/> itself. <see cref="LineHashes"/> are then the analysis's.
    /// </summary>
    public Fingerprint? Reuse(TextAnalysis analysis, NormalisedOffer offer)
    {
        if (analysis.Source != offer.Entry.Source
            || !string.Equals(analysis.Title, TitleOf(offer), StringComparison.Ordinal)
            || !string.Equals(analysis.Description, DescriptionOf(offer), StringComparison.Ordinal))
            return null;
        _lines.Clear();
        _lines.AddRange(analysis.LineHashes);
        return Combine(analysis, FieldsOf(offer, analysis.TitleTerms));
    }

    private Fingerprint Combine(TextAnalysis analysis, PrintFields identity)
    {
        var source = analysis.Source;
        var signature = _signature.AsSpan();
        analysis.Signatures.AsSpan(0, MinHasher.HashCount).CopyTo(signature);
        var words = analysis.Words;
        var content = identity.ContentSeed;
        for (var i = 0; i < analysis.TitleWords; i++)
            content = Hashing.Combine(content, words[i]);
        var kept = _kept;
        kept.Clear();
        kept.AddRange(analysis.Shingles.AsSpan(0, analysis.TitleShingles));
        var firstWord = true;
        for (var line = 0; line < analysis.LineHashes.Length; line++)
        {
            if (Boilerplate.IsBoilerplate(source, analysis.LineHashes[line]))
                continue;
            var wordsFrom = line == 0 ? analysis.TitleWords : analysis.LineWordEnds[line - 1];
            for (var i = wordsFrom; i < analysis.LineWordEnds[line]; i++)
            {
                content = Hashing.Combine(firstWord ? Hashing.Combine(content, 0x7C) : content, words[i]);
                firstWord = false;
            }
            var shinglesFrom = line == 0 ? analysis.TitleShingles : analysis.LineShingleEnds[line - 1];
            kept.AddRange(analysis.Shingles.AsSpan(shinglesFrom, analysis.LineShingleEnds[line] - shinglesFrom));
            MinInto(signature, analysis.Signatures.AsSpan((1 + line) * MinHasher.HashCount, MinHasher.HashCount));
        }

        var shingles = CollectionsMarshal.AsSpan(kept);
        shingles.Sort();
        uint[] bandKeys = [];
        if (shingles.Length > 0)
        {
            bandKeys = new uint[MinHasher.Bands];
            MinHasher.BandKeys(signature, bandKeys);
        }
        return new Fingerprint
        {
            Shingles = HighHalves(shingles),
            BandKeys = bandKeys,
            TitleTerms = identity.TitleTerms,
            Employer = identity.Employer,
            Siret = identity.Siret,
            Commune = identity.Commune,
            PostalCode = identity.PostalCode,
            Departement = identity.Departement,
            Region = identity.Region,
            Contract = identity.Contract,
            ContentHash = Hashing.Fold32(content),
            UrlHash = identity.UrlHash,
        };
    }

    /// <summary>The fields of a fingerprint read from the offer beside its text (the title's terms come with the text).</summary>
    private readonly record struct PrintFields(
        string? Commune, string? PostalCode, string? Departement, string? Region, string[] Employer, ulong ContentSeed,
        string? Siret, string? Contract, uint UrlHash, uint[] TitleTerms);

    private static PrintFields FieldsOf(NormalisedOffer offer, uint[] titleTerms)
    {
        var (commune, postalCode, departement, region, employer, content) = Identity(offer);
        var offre = offer.Offre;
        var url = ApplyUrl.Canonicalise(offer.Raw.ApplyUrl ?? offre.Contact?.UrlPostulation);
        return new PrintFields(commune, postalCode, departement, region, employer, content, Siret(offer.Siret ?? offer.Raw.Employer.Siret),
            NullIfEmpty(offre.TypeContrat), url is not null && ApplyUrl.IsSpecific(url) ? Hashing.Fold32(Hashing.Chars(url)) : 0, titleTerms);
    }

    /// <summary>The text the title's words are read from (the raw record's when the document has none).</summary>
    private static string? TitleOf(NormalisedOffer offer) => offer.Offre.Intitule ?? offer.Raw.Title;

    private static string? DescriptionOf(NormalisedOffer offer) => offer.Offre.Description ?? offer.Raw.Description;

    private static void MinInto(Span<uint> into, ReadOnlySpan<uint> other)
    {
        var width = System.Numerics.Vector<uint>.Count;
        var i = 0;
        for (; i + width <= into.Length; i += width)
            System.Numerics.Vector.Min(new System.Numerics.Vector<uint>(into[i..]), new System.Numerics.Vector<uint>(other[i..])).CopyTo(into[i..]);
        for (; i < into.Length; i++)
            into[i] = Math.Min(into[i], other[i]);
    }

    private void HashLines(string text)
    {
        _lines.Clear();
        foreach (var line in text.AsSpan().EnumerateLines())
            _lines.Add(SourceBoilerplate.LineHash(line));
    }

    /// <summary>
    /// The stored set: high 32 bits of each 64-bit shingle. The input is ascending, so the high
    /// halves already are: dropping repeats (of the shingles and of their halves) is the only work.
    /// </summary>
    private static uint[] HighHalves(ReadOnlySpan<ulong> sorted)
    {
        var result = new uint[sorted.Length];
        var count = 0;
        foreach (var hash in sorted)
        {
            var high = (uint)(hash >> 32);
            if (count == 0 || result[count - 1] != high)
                result[count++] = high;
        }
        return count == result.Length ? result : result[..count];
    }

    private static uint[] SortedDistinct(ReadOnlySpan<ulong> hashes)
    {
        var result = new uint[hashes.Length];
        for (var i = 0; i < hashes.Length; i++)
            result[i] = Hashing.Fold32(hashes[i]);
        Array.Sort(result);
        var count = 0;
        for (var i = 0; i < result.Length; i++)
        {
            if (count == 0 || result[i] != result[count - 1])
                result[count++] = result[i];
        }
        return count == result.Length ? result : result[..count];
    }

    private static string? Siret(string? value)
    {
        if (value is null)
            return null;
        Span<char> digits = stackalloc char[14];
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                    return null;
                digits[count++] = c;
            }
            else if (!char.IsWhiteSpace(c) && c != '.')
                return null;
        }
        return count == 14 ? digits.ToString() : null;
    }

    /// <summary>
    /// The offer's place and employer, and the exact layer's seed: employer | place, each part
    /// sealed by a marker so that words cannot slide from one part to the next (title and
    /// description words follow).
    /// </summary>
    private static (string? Commune, string? PostalCode, string? Departement, string? Region, string[] Employer, ulong ContentSeed) Identity(
        NormalisedOffer offer)
    {
        var offre = offer.Offre;
        var lieu = offre.LieuTravail;
        var commune = NullIfEmpty(lieu?.Commune);
        var postalCode = NullIfEmpty(lieu?.CodePostal);
        var departement = NullIfEmpty(offer.Entry.Departement);
        var region = NullIfEmpty(offer.Entry.Region);
        var employer = EmployerName.Normalise(offre.Entreprise?.Nom ?? offer.Raw.Employer.Name);
        var content = Hashing.Chars(string.Join(' ', employer));
        content = Hashing.Combine(content, Hashing.Chars(PlaceKey(commune, postalCode, departement, region)));
        return (commune, postalCode, departement, region, employer, content);
    }

    private static string PlaceKey(string? commune, string? postalCode, string? departement, string? region) =>
        commune ?? (postalCode is not null ? "cp" + postalCode
            : departement is not null ? "d" + departement
            : region is not null ? "r" + region : "");

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
