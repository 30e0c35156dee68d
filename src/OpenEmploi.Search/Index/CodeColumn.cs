namespace OpenEmploi.Search.Index;

/// <summary>
/// A single-valued code column: each distinct value gets a small int (0 = the offer has none), the
/// per-document codes sit in one int array for scans and facet counting, and a CSR posting layout
/// (docs of code c = Docs[Starts[c]..Starts[c + 1]]) lets a selective filter start from its own
/// small candidate set instead of scanning every document.
/// </summary>
internal sealed class CodeColumn
{
    private readonly Dictionary<string, int> _lookup;

    public CodeColumn(string[] values, int[] codes, int count)
    {
        Values = values;
        Codes = codes;
        _lookup = new Dictionary<string, int>(values.Length, StringComparer.Ordinal);
        for (var i = 1; i < values.Length; i++)
            _lookup[values[i]] = i;
        (Starts, Docs) = Csr.Build(codes, count, values.Length);
    }

    /// <summary>Distinct values by code; Values[0] is "" (absent).</summary>
    public string[] Values { get; }

    public int[] Codes { get; }

    public int[] Starts { get; }

    public int[] Docs { get; }

    public int Cardinality => Values.Length;

    /// <summary>The code of a value in this column, or -1 when no document has it.</summary>
    public int CodeOf(string? value) =>
        value is not null && _lookup.TryGetValue(value, out var code) ? code : -1;

    public int PostingLength(int code) => Starts[code + 1] - Starts[code];

    public ReadOnlySpan<int> Posting(int code) => Docs.AsSpan(Starts[code], Starts[code + 1] - Starts[code]);

    private byte[]? _byteCodes;

    /// <summary>
    /// <see cref="Codes"/> as bytes when every code fits (contract types and natures), made on
    /// first use: a quarter of the memory traffic for facet counts over large result sets. Null
    /// for columns of more than 256 values.
    /// </summary>
    public byte[]? ByteCodes =>
        Cardinality > 256 ? null : _byteCodes ?? LazyInitializer.EnsureInitialized(ref _byteCodes, () =>
        {
            var bytes = new byte[Codes.Length];
            for (var d = 0; d < bytes.Length; d++)
                bytes[d] = (byte)Codes[d];
            return bytes;
        });
}

/// <summary>A multi-valued code column (education levels, licences): postings only.</summary>
internal sealed class MultiCodeColumn
{
    private readonly Dictionary<string, int> _lookup;

    public MultiCodeColumn(string[] values, int[] starts, int[] docs)
    {
        Values = values;
        Starts = starts;
        Docs = docs;
        _lookup = new Dictionary<string, int>(values.Length, StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
            _lookup[values[i]] = i;
    }

    public string[] Values { get; }

    public int[] Starts { get; }

    public int[] Docs { get; }

    public int CodeOf(string? value) =>
        value is not null && _lookup.TryGetValue(value, out var code) ? code : -1;

    public ReadOnlySpan<int> Posting(int code) => Docs.AsSpan(Starts[code], Starts[code + 1] - Starts[code]);
}

internal static class Csr
{
    /// <summary>Counting sort of documents by code: postings come out in ascending doc order.</summary>
    public static (int[] Starts, int[] Docs) Build(int[] codes, int count, int cardinality)
    {
        var starts = new int[cardinality + 1];
        for (var d = 0; d < count; d++)
            starts[codes[d] + 1]++;
        for (var c = 0; c < cardinality; c++)
            starts[c + 1] += starts[c];
        var docs = new int[count];
        var next = (int[])starts.Clone();
        for (var d = 0; d < count; d++)
            docs[next[codes[d]]++] = d;
        return (starts, docs);
    }
}
