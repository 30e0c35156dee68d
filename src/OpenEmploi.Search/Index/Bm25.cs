namespace OpenEmploi.Search.Index;

/// <summary>
/// BM25F: a term's frequencies in the four fields are length-normalised, weighted (title above
/// appellation/ROME labels above skills above description) and summed before one saturation, so
/// that repeating a word in the description cannot outweigh one occurrence in the title.
/// </summary>
internal sealed class Bm25
{
    public const double K1 = 1.2;

    /// <summary>Per <see cref="TextField"/>: title, métier (appellation and ROME label), skills, description.</summary>
    private static readonly double[] Weights = [4.0, 2.5, 1.5, 1.0];

    private static readonly double[] B = [0.5, 0.5, 0.6, 0.75];

    private readonly double[] _averageLengths = new double[Segment.FieldCount];

    public Bm25(long documents, long[] lengthTotals)
    {
        Documents = Math.Max(1, documents);
        for (var f = 0; f < Segment.FieldCount; f++)
            _averageLengths[f] = Math.Max(1.0, (double)lengthTotals[f] / Documents);
    }

    public long Documents { get; }

    /// <summary>
    /// What a match through a job-title synonym (the offer's ROME code) is worth per term: one
    /// occurrence in the métier field of average length — below any title hit.
    /// </summary>
    public static double SynonymTermWeight => Weights[(int)TextField.Metier] * (K1 + 1) / (K1 + Weights[(int)TextField.Metier]);

    public double Idf(long documentFrequency) =>
        Math.Log(1.0 + ((Documents - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    public double Score(double idf, uint packedTf, ReadOnlySpan<ushort> fieldLengths)
    {
        var tf = 0.0;
        for (var f = 0; f < Segment.FieldCount; f++)
        {
            var n = (packedTf >> (f * 8)) & 0xFF;
            if (n == 0)
                continue;
            var norm = 1.0 - B[f] + (B[f] * fieldLengths[f] / _averageLengths[f]);
            tf += Weights[f] * n / norm;
        }
        return idf * tf * (K1 + 1) / (K1 + tf);
    }
}
