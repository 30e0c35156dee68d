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
