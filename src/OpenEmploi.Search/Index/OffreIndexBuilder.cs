using OpenEmploi.Search.Facts;

namespace OpenEmploi.Search.Index;

/// <summary>
/// Builds an <see cref="OffreIndex"/> from a stream of facts, one document at a time: the facts
/// (and their text) can be dropped as soon as they are added, so building holds only the index.
/// </summary>
public sealed class OffreIndexBuilder
{
    private readonly IndexContext _context;
    private readonly SegmentWriter _writer;
    private readonly TextIndexer _text;

    public OffreIndexBuilder(IndexContext context, int capacityHint = 1024)
    {
        _context = context;
        _writer = new SegmentWriter(capacityHint);
        _text = new TextIndexer(context.Analyzer, _writer);
    }

    public int Count => _writer.Count;

    /// <summary>Adds one offer; ids must be unique within a build.</summary>
    public void Add(OffreFacts facts)
    {
        var doc = _writer.AddDocument(DocRecord.From(facts));
        _text.Index(doc, facts);
    }

    public OffreIndex Build(long sequence = 0) =>
        new(_context, BuildSegment(), null, 0, Empty(), sequence);

    public static OffreIndex Build(IndexContext context, IEnumerable<OffreFacts> facts, long sequence = 0)
    {
        var builder = new OffreIndexBuilder(context);
        foreach (var f in facts)
            builder.Add(f);
        return builder.Build(sequence);
    }

    internal Segment BuildSegment() => _writer.Finish();

    internal static Segment Empty() => new SegmentWriter(0).Finish();
}
