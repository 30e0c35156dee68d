using System.Runtime.InteropServices;

namespace OpenEmploi.Search.Index;

/// <summary>
/// Accumulates documents (columns, per-field lengths, postings) and freezes them into a
/// <see cref="Segment"/>. Used by the builder (from facts) and by the merger (from segments), so
/// there is one way to lay a segment out.
/// </summary>
internal sealed class SegmentWriter
{
    private readonly List<string> _ids;
    private readonly CodeDictionary[] _codes;
    private readonly int[][] _codeValues;
    private readonly MultiCodeWriter _niveaux = new();
    private readonly MultiCodeWriter _permis = new();
    private readonly GrowableColumns _columns;
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _termLookup;
    private readonly List<string> _terms = [];
    private int[][] _termDocs = new int[1024][];
    private uint[][] _termTfs = new uint[1024][];
    private int[] _termCounts = new int[1024];
    private ushort[] _fieldLengths;
    private long _postingCount;

    public SegmentWriter(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _ids = new List<string>(capacity);
        _codes = new CodeDictionary[Enum.GetValues<CodeField>().Length];
        _codeValues = new int[_codes.Length][];
        for (var i = 0; i < _codes.Length; i++)
        {
            _codes[i] = new CodeDictionary();
            _codeValues[i] = new int[capacity];
        }
        _columns = new GrowableColumns(capacity);
        _fieldLengths = new ushort[capacity * Segment.FieldCount];
        _termLookup = _termIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _ids.Count;

    /// <summary>Appends a document's columns; returns its doc id.</summary>
    public int AddDocument(in DocRecord doc)
    {
        var id = _ids.Count;
        if (id == _codeValues[0].Length)
            Grow();
        _ids.Add(doc.Id);
        for (var i = 0; i < _codes.Length; i++)
            _codeValues[i][id] = _codes[i].Intern(doc.CodeValue((CodeField)i));
        _niveaux.Add(id, doc.NiveauxFormation);
        _permis.Add(id, doc.Permis);
        _columns.Set(id, doc);
        return id;
    }

    /// <summary>Posts one value of a multi-valued column (merge); calls per value in ascending doc order.</summary>
    public void AddMultiValue(bool niveauFormation, int doc, string value) =>
        (niveauFormation ? _niveaux : _permis).AddOne(doc, value);

    public int InternTerm(ReadOnlySpan<char> term)
    {
        if (_termLookup.TryGetValue(term, out var id))
            return id;
        id = _terms.Count;
        var s = term.ToString();
        _termIds.Add(s, id);
        _terms.Add(s);
        if (id == _termDocs.Length)
        {
            Array.Resize(ref _termDocs, id * 2);
            Array.Resize(ref _termTfs, id * 2);
            Array.Resize(ref _termCounts, id * 2);
        }
        return id;
    }

    /// <summary>Adds a posting; calls for one term must come in ascending doc order.</summary>
    public void AddPosting(int term, int doc, uint packedTf)
    {
        var n = _termCounts[term];
        var docs = _termDocs[term];
        if (docs is null || n == docs.Length)
        {
            var size = docs is null ? 4 : docs.Length * 2;
            Array.Resize(ref _termDocs[term], size);
            Array.Resize(ref _termTfs[term], size);
            docs = _termDocs[term];
        }
        docs[n] = doc;
        _termTfs[term][n] = packedTf;
        _termCounts[term] = n + 1;
        _postingCount++;
    }

    public void SetFieldLength(int doc, int field, int length) =>
        _fieldLengths[(doc * Segment.FieldCount) + field] = (ushort)Math.Min(length, ushort.MaxValue);

    public Segment Finish()
    {
        var count = _ids.Count;
        var codes = new CodeColumn[_codes.Length];
        for (var i = 0; i < codes.Length; i++)
            codes[i] = new CodeColumn([.. _codes[i].Values], _codeValues[i].AsSpan(0, count).ToArray(), count);
        var ids = _ids.ToArray();
        var docById = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var d = 0; d < count; d++)
        {
            if (!docById.TryAdd(ids[d], d))
                throw new InvalidOperationException($"L'offre {ids[d]} figure deux fois dans l'index.");
        }
        return _columns.Freeze(count, ids, docById, codes, _niveaux.Freeze(count), _permis.Freeze(count), FreezePostings(count));
    }

    private Postings FreezePostings(int count)
    {
        var termCount = _terms.Count;
        var starts = new int[termCount + 1];
        for (var t = 0; t < termCount; t++)
            starts[t + 1] = starts[t] + _termCounts[t];
        var docs = new int[_postingCount];
        var tfs = new uint[_postingCount];
        for (var t = 0; t < termCount; t++)
        {
            var n = _termCounts[t];
            Array.Copy(_termDocs[t], 0, docs, starts[t], n);
            Array.Copy(_termTfs[t], 0, tfs, starts[t], n);
            // Release as we go: the growable lists and the final arrays never coexist in full.
            _termDocs[t] = null!;
            _termTfs[t] = null!;
        }
        var lengths = _fieldLengths.AsSpan(0, count * Segment.FieldCount).ToArray();
        var totals = new long[Segment.FieldCount];
        for (var i = 0; i < lengths.Length; i++)
            totals[i % Segment.FieldCount] += lengths[i];
        return new Postings
        {
            TermIds = _termIds,
            Terms = [.. _terms],
            Starts = starts,
            Docs = docs,
            Tfs = tfs,
            FieldLengths = lengths,
            FieldLengthTotals = totals,
        };
    }

    private void Grow()
    {
        var size = _codeValues[0].Length * 2;
        for (var i = 0; i < _codeValues.Length; i++)
            Array.Resize(ref _codeValues[i], size);
        Array.Resize(ref _fieldLengths, size * Segment.FieldCount);
        _columns.Grow(size);
    }

    /// <summary>Value ↔ code for one column while writing; code 0 is "absent".</summary>
    private sealed class CodeDictionary
    {
        private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);

        public List<string> Values { get; } = [""];

        public int Intern(string? value)
        {
            if (string.IsNullOrEmpty(value))
                return 0;
            ref var code = ref CollectionsMarshal.GetValueRefOrAddDefault(_codes, value, out var exists);
            if (!exists)
            {
                code = Values.Count;
                Values.Add(value);
            }
            return code;
        }
    }

    private sealed class MultiCodeWriter
    {
        private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
        private readonly List<string> _values = [];
        private readonly List<List<int>> _postings = [];

        public void Add(int doc, IReadOnlyList<string> values)
        {
            for (var i = 0; i < values.Count; i++)
                AddOne(doc, values[i]);
        }

        public void AddOne(int doc, string value)
        {
            if (!_codes.TryGetValue(value, out var code))
            {
                code = _values.Count;
                _codes.Add(value, code);
                _values.Add(value);
                _postings.Add([]);
            }
            var posting = _postings[code];
            // A value named twice by one offer is posted once.
            if (posting.Count == 0 || posting[^1] != doc)
                posting.Add(doc);
        }

        public MultiCodeColumn Freeze(int count)
        {
            _ = count;
            var starts = new int[_values.Count + 1];
            for (var c = 0; c < _values.Count; c++)
                starts[c + 1] = starts[c] + _postings[c].Count;
            var docs = new int[starts[^1]];
            for (var c = 0; c < _values.Count; c++)
                _postings[c].CopyTo(docs, starts[c]);
            return new MultiCodeColumn([.. _values], starts, docs);
        }
    }
}
