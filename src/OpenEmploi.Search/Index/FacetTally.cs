using System.Buffers;
using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Index;

/// <summary>
/// Counts the requested facets over one segment's matches, one array increment per facet and
/// document, into pooled arrays indexed by code; labels are attached only at the end.
/// Facet keys: codes for code facets; experience "0"–"3"; qualification "0" (codes 1–8, non-cadre)
/// and "9" (cadre), offers without a qualification counted in neither; salary band labels of
/// <see cref="SalaryBands"/>; temps plein "plein"/"partiel"/"non précisé"; alternance "oui"/"non".
/// Offers without a value for a code facet are not counted in it.
/// </summary>
internal sealed class FacetTally : IDisposable
{
    private static readonly string[] TempsPleinLabels = ["non précisé", "plein", "partiel"];
    private static readonly string[] AlternanceLabels = ["non", "oui"];
    private static readonly string[] ExperienceLabels = ["0", "1", "2", "3"];

    private readonly Segment _segment;
    private readonly IReadOnlyList<FacetKind> _kinds;
    private readonly int[][] _counts;
    private readonly int[]?[] _intSources;
    private readonly byte[]?[] _byteSources;
    private const int BufferSize = 4096;
    private readonly int[] _buffer = ArrayPool<int>.Shared.Rent(BufferSize);
    private int _buffered;
    // The requested facets among FacetCombos.Kinds, counted through the segment's combined column.
    private readonly FacetCombos? _combos;
    private readonly int[]? _comboHistogram;
    private readonly bool[] _viaCombos;
    private readonly ushort[]? _comboOnly;

    /// <summary>
    /// A tally of <paramref name="kinds"/> over <paramref name="segment"/>; <paramref name="combos"/>
    /// is the segment's <see cref="Segment.FacetCombos"/>, or null to count every facet on its own column.
    /// </summary>
    public FacetTally(Segment segment, IReadOnlyList<FacetKind> kinds, FacetCombos? combos)
    {
        _segment = segment;
        _kinds = kinds;
        _counts = new int[kinds.Count][];
        _intSources = new int[kinds.Count][];
        _byteSources = new byte[kinds.Count][];
        _viaCombos = new bool[kinds.Count];
        var combinable = false;
        foreach (var kind in kinds)
            combinable |= FacetCombos.IndexOf(kind) >= 0;
        if (combinable && combos is not null)
        {
            _combos = combos;
            _comboHistogram = ArrayPool<int>.Shared.Rent(combos.Size);
            Array.Clear(_comboHistogram, 0, combos.Size);
        }
        Span<bool> taken = stackalloc bool[FacetCombos.Kinds.Length];
        for (var i = 0; i < kinds.Count; i++)
        {
            var (ints, bytes, size) = Source(kinds[i]);
            // A kind asked twice: its second entry is counted on its own column.
            var k = FacetCombos.IndexOf(kinds[i]);
            _viaCombos[i] = _combos is not null && k >= 0 && !taken[k];
            if (_viaCombos[i])
                taken[k] = true;
            if (!_viaCombos[i])
            {
                _intSources[i] = ints;
                _byteSources[i] = bytes;
            }
            _counts[i] = ArrayPool<int>.Shared.Rent(size);
            Array.Clear(_counts[i], 0, size);
        }
        if (_combos is not null && Array.TrueForAll(_viaCombos, static v => v))
            _comboOnly = _combos.Combos;
    }

    /// <summary>Counts the document: buffered, then counted a facet at a time by <see cref="Flush"/>.</summary>
    public void Count(int doc)
    {
        if (_comboOnly is { } combos)
        {
            // Every requested facet is in the combined column: no buffering, no second pass.
            _comboHistogram![combos[doc]]++;
            return;
        }
        if (_counts.Length == 0)
            return;
        _buffer[_buffered++] = doc;
        if (_buffered == BufferSize)
            Flush();
    }

    /// <summary>One tight loop per facet over the buffered documents.</summary>
    private void Flush()
    {
        var docs = _buffer.AsSpan(0, _buffered);
        if (_combos is not null)
        {
            var combos = _combos.Combos;
            var histogram = _comboHistogram!;
            foreach (var d in docs)
                histogram[combos[d]]++;
        }
        for (var i = 0; i < _counts.Length; i++)
        {
            var counts = _counts[i];
            if (_viaCombos[i])
                continue;
            if (_intSources[i] is { } ints)
            {
                foreach (var d in docs)
                    counts[ints[d]]++;
            }
            else if (_byteSources[i] is { } bytes)
            {
                foreach (var d in docs)
                    counts[bytes[d]]++;
            }
            else
            {
                var flags = _segment.Flags;
                foreach (var d in docs)
                    counts[(flags[d] & OffreFlags.Alternance) != 0 ? 1 : 0]++;
            }
        }
        _buffered = 0;
    }

    /// <summary>Adds this segment's counts, by label, to the totals of each requested facet.</summary>
    public void AddTo(Dictionary<string, int>[] totals)
    {
        Flush();
        if (_combos is not null)
        {
            var targets = new int[]?[FacetCombos.Kinds.Length];
            for (var i = 0; i < _kinds.Count; i++)
            {
                if (_viaCombos[i])
                    targets[FacetCombos.IndexOf(_kinds[i])] = _counts[i];
            }
            _combos.Spread(_comboHistogram!, targets);
        }
        for (var i = 0; i < _kinds.Count; i++)
        {
            var counts = _counts[i];
            switch (_kinds[i])
            {
                case FacetKind.Qualification:
                    var nonCadre = 0;
                    for (var q = 1; q <= 8; q++)
                        nonCadre += counts[q];
                    Add(totals[i], "0", nonCadre);
                    Add(totals[i], "9", counts[9]);
                    break;
                case FacetKind.Experience:
                    AddLabelled(totals[i], counts, ExperienceLabels, 0);
                    break;
                case FacetKind.SalaryBand:
                    AddLabelled(totals[i], counts, SalaryBands.Labels, 0);
                    break;
                case FacetKind.TempsPlein:
                    AddLabelled(totals[i], counts, TempsPleinLabels, 0);
                    break;
                case FacetKind.Alternance:
                    AddLabelled(totals[i], counts, AlternanceLabels, 0);
                    break;
                default:
                    // Code 0 is "no value": not a facet entry.
                    AddLabelled(totals[i], counts, _segment[CodeFieldOf(_kinds[i])].Values, 1);
                    break;
            }
        }
    }

    private static void AddLabelled(Dictionary<string, int> total, int[] counts, string[] labels, int from)
    {
        for (var c = from; c < labels.Length; c++)
            Add(total, labels[c], counts[c]);
    }

    private static void Add(Dictionary<string, int> total, string label, int count)
    {
        if (count > 0)
            total[label] = total.GetValueOrDefault(label) + count;
    }

    private (int[]? Ints, byte[]? Bytes, int Size) Source(FacetKind kind) => kind switch
    {
        FacetKind.Experience => (null, _segment.Experience, 256),
        FacetKind.Qualification => (null, _segment.Qualification, 256),
        FacetKind.SalaryBand => (null, _segment.SalaryBand, 256),
        FacetKind.TempsPlein => (null, _segment.TempsPlein, 256),
        FacetKind.Alternance => (null, null, 2),
        _ => _segment[CodeFieldOf(kind)] is { ByteCodes: { } small }
            ? (null, small, 256)
            : (_segment[CodeFieldOf(kind)].Codes, null, _segment[CodeFieldOf(kind)].Cardinality),
    };

    private static CodeField CodeFieldOf(FacetKind kind) => kind switch
    {
        FacetKind.TypeContrat => CodeField.TypeContrat,
        FacetKind.NatureContrat => CodeField.NatureContrat,
        FacetKind.Departement => CodeField.Departement,
        FacetKind.Region => CodeField.Region,
        FacetKind.CodeRome => CodeField.Rome,
        FacetKind.Domaine => CodeField.Domaine,
        FacetKind.SecteurActivite => CodeField.Division,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a code facet"),
    };

    public void Dispose()
    {
        foreach (var c in _counts)
            ArrayPool<int>.Shared.Return(c);
        if (_comboHistogram is not null)
            ArrayPool<int>.Shared.Return(_comboHistogram);
        ArrayPool<int>.Shared.Return(_buffer);
    }
}
