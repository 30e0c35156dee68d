namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// Decides whether two members are one job, on their exact shingle sets and their fields, cheap
/// field checks first (most candidates fail on the commune). Duplicate needs all of: the same
/// place (<see cref="Compatibility.SamePlace"/>: never two communes), a compatible contract,
/// titles that do not name two jobs (term overlap ≥ <see cref="DedupOptions.TitleOverlapThreshold"/>),
/// the same employer, and the same text (overlap coefficient ≥ 0.8 on sets of at least
/// <see cref="DedupOptions.MinOverlapShingles"/>, or Jaccard ≥ 0.6) — or, for the exact layer, the
/// same specific apply URL instead of the same text. When the employer is unknown (a name missing,
/// no two SIRETs) the text must be the same and the locality too (<see cref="Compatibility.SameLocality"/>:
/// same commune, or same postal code), else the pair goes to moderation. A Jaccard in [0.4, 0.6)
/// with the same employer, matching titles and the same locality is a possible duplicate: for
/// moderation, never merged.
/// </summary>
internal static class PairVerifier
{
    public static PairCheck Check(Fingerprint a, Fingerprint b, DedupOptions options, bool sameApplyUrl)
    {
        if (!Compatibility.SamePlace(a, b))
            return PairCheck.Distinct(PairReason.DifferentPlace);
        if (!Compatibility.SameContract(a, b))
            return PairCheck.Distinct(PairReason.DifferentContract);
        var employer = Compatibility.Employer(a, b, options.EmployerNameThreshold);
        if (employer == EmployerMatch.Different)
            return PairCheck.Distinct(PairReason.DifferentEmployer);
        var titleOverlap = a.TitleTerms.Length == 0 || b.TitleTerms.Length == 0
            ? 1.0
            : SetSimilarity.Overlap(a.TitleTerms, b.TitleTerms);
        if (titleOverlap < options.TitleOverlapThreshold)
            return PairCheck.Distinct(PairReason.DifferentTitle);

        var common = SetSimilarity.IntersectionCount(a.Shingles, b.Shingles);
        var union = a.Shingles.Length + b.Shingles.Length - common;
        var smaller = Math.Min(a.Shingles.Length, b.Shingles.Length);
        var jaccard = union == 0 ? 0 : common / (double)union;
        var overlap = smaller == 0 ? 0 : common / (double)smaller;
        var sameText = jaccard >= options.JaccardThreshold
            || (smaller >= options.MinOverlapShingles && overlap >= options.OverlapThreshold);

        if (employer == EmployerMatch.Same)
        {
            if (sameText || sameApplyUrl)
                return new PairCheck(Verdict.Duplicate, jaccard, overlap, sameText ? PairReason.SameText : PairReason.SameApplyUrl);
            var possible = jaccard >= options.PossibleDuplicateThreshold
                && titleOverlap >= options.TitleMatchThreshold
                && Compatibility.SameLocality(a, b);
            return possible
                ? new PairCheck(Verdict.PossibleDuplicate, jaccard, overlap, PairReason.SimilarText)
                : new PairCheck(Verdict.Distinct, jaccard, overlap, PairReason.DifferentText);
        }

        // Unknown employer: the text and the commune must carry the decision alone.
        if (!sameText)
            return new PairCheck(Verdict.Distinct, jaccard, overlap, PairReason.DifferentText);
        return Compatibility.SameLocality(a, b)
            ? new PairCheck(Verdict.Duplicate, jaccard, overlap, PairReason.SameTextUnnamedEmployer)
            : new PairCheck(Verdict.PossibleDuplicate, jaccard, overlap, PairReason.SameTextUnnamedEmployer);
    }
}

internal enum Verdict
{
    Distinct,
    PossibleDuplicate,
    Duplicate,
}

/// <summary>The deciding condition, for tests and reports.</summary>
internal enum PairReason
{
    DifferentPlace,
    DifferentContract,
    DifferentEmployer,
    DifferentTitle,
    DifferentText,
    SimilarText,
    SameText,
    SameApplyUrl,
    SameTextUnnamedEmployer,
}

internal readonly record struct PairCheck(Verdict Verdict, double Jaccard, double Overlap, PairReason Reason)
{
    public static PairCheck Distinct(PairReason reason) => new(Verdict.Distinct, 0, 0, reason);
}
