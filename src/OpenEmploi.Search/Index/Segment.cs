namespace OpenEmploi.Search.Index;

/// <summary>The single-valued code columns of a segment, in <see cref="Segment.Codes"/> order.</summary>
internal enum CodeField
{
    TypeContrat,
    NatureContrat,
    Rome,
    Appellation,
    Domaine,
    GrandDomaine,
    Naf,
    Division,
    Departement,
    Region,
    Commune,
    Source,
}

/// <summary>Text fields, by decreasing relevance weight; byte i of a packed term frequency is field i.</summary>
internal enum TextField
{
    Titre,
    Metier,
    Competences,
    Description,
}

/// <summary>Boolean facts packed one bit each.</summary>
[Flags]
internal enum OffreFlags : byte
{
    None = 0,
    AccessibleTH = 1,
    ManqueCandidats = 2,
    EntrepriseAdaptee = 4,
    EmployeurHandiEngage = 8,
    Alternance = 16,

    /// <summary>
    /// Placed in France (OffreFacts.EnFrance): the only country the index can know while the
    /// geography referential is French. A country column would replace it if offers abroad came in.
    /// </summary>
    EnFrance = 32,
}

/// <summary>
/// An immutable, columnar index over a set of offers with dense doc ids 0..Count-1: every array is
/// indexed by doc id, so a filter, a facet count or a sort key is one array read. Text is kept only
/// as postings (doc, packed per-field term frequencies) and per-field lengths, never as strings.
/// A snapshot is a large base segment plus a small delta segment (<see cref="OffreIndex"/>).
/// </summary>
internal sealed class Segment
{
    public const int FieldCount = 4;

    public required int Count { get; init; }

    public required string[] Ids { get; init; }

    public required Dictionary<string, int> DocById { get; init; }

    public required CodeColumn[] Codes { get; init; }

    public required MultiCodeColumn NiveauxFormation { get; init; }

    public required MultiCodeColumn Permis { get; init; }

    public required long[] CreationTicks { get; init; }

    /// <summary>NaN when the offer has no coordinates (placed at département or région level).</summary>
    public required double[] Latitude { get; init; }

    public required double[] Longitude { get; init; }

    /// <summary><see cref="SalaryBands.PeriodCode"/> of the stated salary; 0 none.</summary>
    public required byte[] SalaryPeriod { get; init; }

    /// <summary>Upper amount in its own period; NaN when none.</summary>
    public required double[] SalaryMax { get; init; }

    /// <summary>Facet band of the monthly equivalent (<see cref="SalaryBands"/>).</summary>
    public required byte[] SalaryBand { get; init; }

    /// <summary>-1 when not stated.</summary>
    public required int[] WeeklyMinutes { get; init; }

    /// <summary>NaN when the contract has no duration (CDI…).</summary>
    public required double[] ContractMonths { get; init; }

    public required byte[] Experience { get; init; }

    /// <summary>'D', 'S', 'E' as a byte; 0 when not stated.</summary>
    public required byte[] ExperienceExige { get; init; }

    public required byte[] Origine { get; init; }

    /// <summary>1–9; 0 when not stated.</summary>
    public required byte[] Qualification { get; init; }

    /// <summary>0 not stated, 1 full time, 2 part time.</summary>
    public required byte[] TempsPlein { get; init; }

    public required OffreFlags[] Flags { get; init; }

    public required Postings Text { get; init; }

    public CodeColumn this[CodeField field] => Codes[(int)field];

    private CommuneBoxes? _communeBoxes;

    private FacetCombos? _facetCombos;
    private bool _facetCombosBuilt;
    private object? _facetCombosLock;

    /// <summary>The API's four facets combined per document, made on first use; null when they do not fit.</summary>
    public FacetCombos? FacetCombos =>
        LazyInitializer.EnsureInitialized(ref _facetCombos, ref _facetCombosBuilt, ref _facetCombosLock, () => Index.FacetCombos.Build(this));

    /// <summary>The bounding box of each commune code's documents, computed on first use.</summary>
    public CommuneBoxes CommuneBoxes =>
        _communeBoxes ?? LazyInitializer.EnsureInitialized(ref _communeBoxes, () => CommuneBoxes.Build(this));
}

/// <summary>
/// Per commune code of a segment (code 0 included: offers without a commune), the bounding box of
/// its documents' coordinates; a code without located documents has an empty box. A radius query
/// starts from the postings of the codes whose box meets one of its query boxes: every document
/// inside a query box is among them, so the candidates are a superset of the matches.
/// </summary>
internal sealed class CommuneBoxes
{
    private readonly double[] _minLat;
    private readonly double[] _maxLat;
    private readonly double[] _minLon;
    private readonly double[] _maxLon;

    private CommuneBoxes(int cardinality)
    {
        _minLat = new double[cardinality];
        _maxLat = new double[cardinality];
        _minLon = new double[cardinality];
        _maxLon = new double[cardinality];
        Array.Fill(_minLat, double.PositiveInfinity);
        Array.Fill(_maxLat, double.NegativeInfinity);
        Array.Fill(_minLon, double.PositiveInfinity);
        Array.Fill(_maxLon, double.NegativeInfinity);
        _unlocated = new bool[cardinality];
    }

    private readonly bool[] _unlocated;

    /// <summary>Whether some document of the code lacks a latitude or a longitude.</summary>
    public bool HasUnlocated(int code) => _unlocated[code];

    public static CommuneBoxes Build(Segment segment)
    {
        var column = segment[CodeField.Commune];
        var boxes = new CommuneBoxes(column.Cardinality);
        var codes = column.Codes;
        var latitudes = segment.Latitude;
        var longitudes = segment.Longitude;
        for (var d = 0; d < segment.Count; d++)
        {
            var lat = latitudes[d];
            var lon = longitudes[d];
            var c = codes[d];
            if (double.IsNaN(lat) || double.IsNaN(lon))
            {
                boxes._unlocated[c] = true;
                continue;
            }
            boxes._minLat[c] = Math.Min(boxes._minLat[c], lat);
            boxes._maxLat[c] = Math.Max(boxes._maxLat[c], lat);
            boxes._minLon[c] = Math.Min(boxes._minLon[c], lon);
            boxes._maxLon[c] = Math.Max(boxes._maxLon[c], lon);
        }
        boxes.BuildGrid();
        return boxes;
    }

    // A grid of CellDegrees × CellDegrees cells listing the codes whose box overlaps each cell, so
    // that a radius query looks at the few hundred codes around it, not at every commune of France.
    private const double CellDegrees = 0.2;
    private const int MaxQueryCells = 4096;
    private readonly Dictionary<long, List<int>> _grid = [];

    private static int Cell(double degrees) => (int)Math.Floor(degrees / CellDegrees);

    private static long CellKey(int lat, int lon) => ((long)lat << 32) | (uint)lon;

    private void BuildGrid()
    {
        for (var c = 0; c < _minLat.Length; c++)
        {
            if (!(_minLat[c] <= _maxLat[c]))
                continue;
            for (var y = Cell(_minLat[c]); y <= Cell(_maxLat[c]); y++)
            {
                for (var x = Cell(_minLon[c]); x <= Cell(_maxLon[c]); x++)
                {
                    if (!_grid.TryGetValue(CellKey(y, x), out var codes))
                        _grid[CellKey(y, x)] = codes = [];
                    codes.Add(c);
                }
            }
        }
    }

    /// <summary>
    /// Adds every code whose box may meet <paramref name="box"/> (a superset of <see cref="Meets"/>;
    /// a code can be added more than once). False, adding nothing, when the box is too wide for
    /// the grid (then every code must be checked).
    /// </summary>
    public bool TryAddCodesNear(Geo.GeoBox box, List<int> codes)
    {
        if (double.IsInfinity(box.MinLon) || double.IsInfinity(box.MaxLon))
            return false;
        var (y0, y1, x0, x1) = (Cell(box.MinLat), Cell(box.MaxLat), Cell(box.MinLon), Cell(box.MaxLon));
        if ((long)(y1 - y0 + 1) * (x1 - x0 + 1) > MaxQueryCells)
            return false;
        for (var y = y0; y <= y1; y++)
        {
            for (var x = x0; x <= x1; x++)
            {
                if (_grid.TryGetValue(CellKey(y, x), out var found))
                    codes.AddRange(found);
            }
        }
        return true;
    }

    /// <summary>Whether every located document of the code sits at one and the same point.</summary>
    public bool IsPoint(int code) =>
        _minLat[code] == _maxLat[code] && _minLon[code] == _maxLon[code];

    /// <summary>The point of a code for which <see cref="IsPoint"/> holds.</summary>
    public (double Latitude, double Longitude) PointOf(int code) => (_minLat[code], _minLon[code]);

    /// <summary>Whether some located document of the code may lie inside the box.</summary>
    public bool Meets(int code, Geo.GeoBox box) =>
        _minLat[code] <= box.MaxLat && _maxLat[code] >= box.MinLat
        && _minLon[code] <= box.MaxLon && _maxLon[code] >= box.MinLon;
}

/// <summary>
/// The inverted index of a segment in CSR layout: the postings of term t are
/// Docs/Tfs[Starts[t]..Starts[t + 1]], docs ascending; a Tfs entry packs the term's frequency in
/// each field (one byte per <see cref="TextField"/>, saturated at 255).
/// </summary>
internal sealed class Postings
{
    public required Dictionary<string, int> TermIds { get; init; }

    public required string[] Terms { get; init; }

    public required int[] Starts { get; init; }

    public required int[] Docs { get; init; }

    public required uint[] Tfs { get; init; }

    /// <summary>Field lengths in terms, FieldCount per doc (doc * 4 + field), saturated at 65535.</summary>
    public required ushort[] FieldLengths { get; init; }

    /// <summary>Sum of each field's lengths over the segment, for the average length of BM25.</summary>
    public required long[] FieldLengthTotals { get; init; }

    public int TermOf(string term) => TermIds.TryGetValue(term, out var id) ? id : -1;

    public int DocFrequency(int term) => Starts[term + 1] - Starts[term];
}
