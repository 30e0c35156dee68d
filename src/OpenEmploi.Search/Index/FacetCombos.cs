using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Index;

/// <summary>
/// The offers API's four facets (typeContrat, experience, qualification, natureContrat, asked on
/// every call) as one small number per document: the mixed-radix combination of the four byte
/// codes. Counting a match is then one read of a two-byte column and one increment in a histogram
/// of a few thousand entries (it stays in the L1 cache), instead of four reads in four columns
/// spread over the base; the histogram is spread into the four facets once per segment and query.
/// Null for a segment whose codes do not fit (product of the cardinalities over 65,536).
/// </summary>
internal sealed class FacetCombos
{
    /// <summary>The combined facets, in the order of their digits (most significant first).</summary>
    public static readonly FacetKind[] Kinds = [FacetKind.TypeContrat, FacetKind.NatureContrat, FacetKind.Experience, FacetKind.Qualification];

    /// <summary>The most combinations a segment may have: the histogram stays small and a combination fits two bytes.</summary>
    public const int MaxSize = 1 << 16;

    private FacetCombos(ushort[] combos, int[] radices)
    {
        Combos = combos;
        Radices = radices;
        var size = 1;
        foreach (var r in radices)
            size *= r;
        Size = size;
    }

    /// <summary>Per document, Σ code(kind) × the product of the later kinds' radices.</summary>
    public ushort[] Combos { get; }

    /// <summary>Per kind of <see cref="Kinds"/>: one more than its largest code in the segment.</summary>
    public int[] Radices { get; }

    /// <summary>Number of possible combinations (the histogram's length).</summary>
    public int Size { get; }

    /// <summary>The position of the kind in <see cref="Kinds"/>, or -1.</summary>
    public static int IndexOf(FacetKind kind) => Array.IndexOf(Kinds, kind);

    public static FacetCombos? Build(Segment segment, int maxSize = MaxSize)
    {
        var columns = new byte[Kinds.Length][];
        var radices = new int[Kinds.Length];
        long size = 1;
        for (var k = 0; k < Kinds.Length; k++)
        {
            if (Column(segment, Kinds[k]) is not { } column)
                return null;
            columns[k] = column;
            var max = 0;
            for (var d = 0; d < segment.Count; d++)
                max = Math.Max(max, column[d]);
            radices[k] = max + 1;
            size *= radices[k];
        }
        if (size > Math.Min(maxSize, MaxSize))
            return null;
        var combos = new ushort[segment.Count];
        for (var d = 0; d < combos.Length; d++)
        {
            var combo = 0;
            for (var k = 0; k < columns.Length; k++)
                combo = (combo * radices[k]) + columns[k][d];
            combos[d] = (ushort)combo;
        }
        return new FacetCombos(combos, radices);
    }

    /// <summary>
    /// Adds each combination's count to the per-code counts of every kind that has a target
    /// (targets[k] is indexed by the code of Kinds[k]; null when that facet is not asked).
    /// </summary>
    public void Spread(int[] histogram, int[]?[] targets)
    {
        Span<int> digits = stackalloc int[Kinds.Length];
        for (var combo = 0; combo < Size; combo++)
        {
            var n = histogram[combo];
            if (n == 0)
                continue;
            var rest = combo;
            for (var k = Kinds.Length - 1; k >= 0; k--)
            {
                digits[k] = rest % Radices[k];
                rest /= Radices[k];
            }
            for (var k = 0; k < Kinds.Length; k++)
            {
                if (targets[k] is { } counts)
                    counts[digits[k]] += n;
            }
        }
    }

    private static byte[]? Column(Segment segment, FacetKind kind) => kind switch
    {
        FacetKind.TypeContrat => segment[CodeField.TypeContrat].ByteCodes,
        FacetKind.NatureContrat => segment[CodeField.NatureContrat].ByteCodes,
        FacetKind.Experience => segment.Experience,
        FacetKind.Qualification => segment.Qualification,
        _ => null,
    };
}
