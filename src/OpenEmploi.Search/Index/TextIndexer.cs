using OpenEmploi.Search.Analysis;
using OpenEmploi.Search.Facts;

namespace OpenEmploi.Search.Index;

/// <summary>
/// Turns the four text fields of an offer into postings: each distinct term of the document gets one
/// posting whose packed frequency holds its count in each field. One instance per writer; the
/// sink delegate is created once, so indexing a document allocates only new term strings.
/// </summary>
internal sealed class TextIndexer
{
    private readonly ITextAnalyzer _analyzer;
    private readonly SegmentWriter _writer;
    private readonly TokenSink _sink;
    private readonly List<int> _touched = [];
    private uint[] _accumulated = new uint[4096];
    private int _field;
    private int _length;

    public TextIndexer(ITextAnalyzer analyzer, SegmentWriter writer)
    {
        _analyzer = analyzer;
        _writer = writer;
        _sink = OnTerm;
    }

    public void Index(int doc, OffreFacts facts)
    {
        IndexField(doc, TextField.Titre, facts.Titre);
        IndexField(doc, TextField.Metier, facts.Metier);
        IndexField(doc, TextField.Competences, facts.Competences);
        IndexField(doc, TextField.Description, facts.Description);
        // Term ids come in first-seen order; postings per term stay in doc order, which is all CSR needs.
        foreach (var term in _touched)
        {
            _writer.AddPosting(term, doc, _accumulated[term]);
            _accumulated[term] = 0;
        }
        _touched.Clear();
    }

    private void IndexField(int doc, TextField field, string text)
    {
        _field = (int)field;
        _length = 0;
        if (text.Length > 0)
            _analyzer.Analyze(text, _sink);
        _writer.SetFieldLength(doc, _field, _length);
    }

    private void OnTerm(ReadOnlySpan<char> term, int position)
    {
        _ = position;
        _length++;
        var id = _writer.InternTerm(term);
        if (id >= _accumulated.Length)
            Array.Resize(ref _accumulated, Math.Max(id + 1, _accumulated.Length * 2));
        var packed = _accumulated[id];
        if (packed == 0)
            _touched.Add(id);
        var shift = _field * 8;
        // Saturate at 255 rather than carry into the next field's byte.
        if (((packed >> shift) & 0xFF) != 0xFF)
            _accumulated[id] = packed + (1u << shift);
    }
}
