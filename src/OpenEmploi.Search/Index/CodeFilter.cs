using System.Buffers;

namespace OpenEmploi.Search.Index;

/// <summary>
/// "The document's code is one of these" over one column: a pooled bool per code makes the check
/// one array read; the codes' postings make it a possible starting set. Excluding filters (partner
/// EXCLU) invert the table and never serve as a starting set.
/// </summary>
internal sealed class CodeFilter : IDisposable
{
    private readonly bool[] _allowed;

    private CodeFilter(CodeColumn column, bool[] allowed, List<int> codes, bool exclude)
    {
        Column = column;
        _allowed = allowed;
        Codes = codes;
        Exclude = exclude;
    }

    public CodeColumn Column { get; }

    public List<int> Codes { get; }

    public bool Exclude { get; }

    /// <summary>True when no document of the segment can pass.</summary>
    public bool MatchesNothing => !Exclude && Codes.Count == 0;

    public long EstimatedSize
    {
        get
        {
            long n = 0;
            foreach (var c in Codes)
                n += Column.PostingLength(c);
            return n;
        }
    }

    public bool Allows(int doc) => _allowed[Column.Codes[doc]];

    public bool AllowsCode(int code) => _allowed[code];

    public static CodeFilter Create(CodeColumn column, IEnumerable<string> values, bool exclude = false)
    {
        var allowed = ArrayPool<bool>.Shared.Rent(column.Cardinality);
        Array.Fill(allowed, exclude, 0, column.Cardinality);
        var codes = new List<int>();
        foreach (var value in values)
        {
            var code = column.CodeOf(value);
            if (code <= 0 || codes.Contains(code))
                continue;
            codes.Add(code);
            allowed[code] = !exclude;
        }
        return new CodeFilter(column, allowed, codes, exclude);
    }

    public void AddPostings(List<PostingSlice> slices)
    {
        foreach (var c in Codes)
            slices.Add(new PostingSlice(Column.Docs, Column.Starts[c], Column.PostingLength(c)));
    }

    public void Dispose() => ArrayPool<bool>.Shared.Return(_allowed);
}

/// <summary>A run of ascending doc ids inside a posting array.</summary>
internal readonly record struct PostingSlice(int[] Docs, int Start, int Length);
