using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Statistics.Model;

/// <summary>One activity of the statistics: its API type (CUMUL, GRAND_DOMAINE, DOMAINE, ROME, NAF) and code.</summary>
internal sealed record ActivityNode(int Id, string Type, string Code, bool Publishable);

/// <summary>
/// Occupations (ROME métier → domaine → grand domaine → all) and sectors (NAF section → all) as
/// small integer ids. Rows with no or an unknown ROME (or NAF) go to hidden "unknown" activities,
/// so that "all" still equals the sum of its parts.
/// </summary>
internal sealed class ActivityIndex
{
    public const int All = 0;
    public const string Cumul = "CUMUL";

    private readonly List<ActivityNode> _nodes = [];
    private readonly Dictionary<(string, string), int> _ids = [];
    private readonly List<int[]> _ancestors = [];
    private readonly List<(int Parent, Partition Partition)?> _parent = [];
    private readonly Dictionary<string, int> _metiers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sections = new(StringComparer.Ordinal);
    private readonly NafReferentiel _naf;

    public ActivityIndex(RomeReferentiel rome, NafReferentiel naf)
    {
        ArgumentNullException.ThrowIfNull(rome);
        ArgumentNullException.ThrowIfNull(naf);
        _naf = naf;
        Add(Cumul, Cumul, true, [], null);
        UnknownMetier = Add("ROME", "?", false, [All], (All, Partition.GrandsDomainesOfAll));
        UnknownSection = Add("NAF", "?", false, [All], (All, Partition.SectionsOfAll));
        foreach (var gd in rome.GrandsDomaines)
            Add("GRAND_DOMAINE", gd.Code, true, [All], (All, Partition.GrandsDomainesOfAll));
        foreach (var domaine in rome.Domaines)
        {
            var gd = Id("GRAND_DOMAINE", domaine.CodeGrandDomaine);
            Add("DOMAINE", domaine.Code, true, [gd, All], (gd, Partition.DomainesOfGrandDomaine));
        }
        foreach (var metier in rome.Metiers)
        {
            var domaine = Id("DOMAINE", metier.CodeDomaine);
            _metiers[metier.CodeRome] = Add("ROME", metier.CodeRome, true, [domaine, _ancestors[domaine][0], All],
                (domaine, Partition.MetiersOfDomaine));
        }
        foreach (var section in naf.Sections)
            _sections[section.Code] = Add("NAF", section.Code, true, [All], (All, Partition.SectionsOfAll));
    }

    public int UnknownMetier { get; }

    public int UnknownSection { get; }

    public int Count => _nodes.Count;

    public ActivityNode this[int id] => _nodes[id];

    public IEnumerable<int> Metiers => _metiers.Values;

    public int Id(string type, string code) => _ids[(type, code)];

    /// <summary>The métier of a ROME code, or the hidden unknown métier.</summary>
    public int Metier(string? codeRome) =>
        codeRome is not null && _metiers.TryGetValue(codeRome, out var id) ? id : UnknownMetier;

    /// <summary>The NAF section of any NAF code ("62.01Z", "6201Z", "62", "J"), or the hidden unknown section.</summary>
    public int Section(string? naf)
    {
        if (string.IsNullOrWhiteSpace(naf))
            return UnknownSection;
        var code = naf.Trim().ToUpperInvariant();
        if (_sections.TryGetValue(code, out var id))
            return id;
        if (code.Length == 5 && code[2] != '.')
            code = code[..2] + "." + code[2..];
        var entry = _naf.ByCode(code) ?? (code.Length >= 2 ? _naf.ByCode(code[..2]) : null);
        var section = entry is null ? null : _naf.AncestorAt(entry.Code, NafLevel.Section);
        return section is not null && _sections.TryGetValue(section.Code, out id) ? id : UnknownSection;
    }

    /// <summary>The activities a métier or section also counts in (domaine, grand domaine, all).</summary>
    public int[] AncestorsOf(int id) => _ancestors[id];

    public (int Parent, Partition Partition)? ParentOf(int id) => _parent[id];

    private int Add(string type, string code, bool publishable, int[] ancestors, (int, Partition)? parent)
    {
        var id = _nodes.Count;
        _nodes.Add(new ActivityNode(id, type, code, publishable));
        _ids[(type, code)] = id;
        _ancestors.Add(ancestors);
        _parent.Add(parent);
        return id;
    }
}
