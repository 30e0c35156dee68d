namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>Similarities of two sorted sets of distinct hashes, by one merge pass.</summary>
internal static class SetSimilarity
{
    public static int IntersectionCount(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            if (x == y)
            {
                common++;
                i++;
                j++;
            }
            else if (x < y)
                i++;
            else
                j++;
        }
        return common;
    }

    /// <summary>|A∩B| / |A∪B|; 0 for two empty sets (nothing says they are alike).</summary>
    public static double Jaccard(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var common = IntersectionCount(a, b);
        var union = a.Length + b.Length - common;
        return union == 0 ? 0 : common / (double)union;
    }

    /// <summary>|A∩B| / min(|A|,|B|): 1 when one set is inside the other (a shortened copy).</summary>
    public static double Overlap(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var smaller = Math.Min(a.Length, b.Length);
        return smaller == 0 ? 0 : IntersectionCount(a, b) / (double)smaller;
    }
}
